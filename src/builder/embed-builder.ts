import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { bundledDataset } from '../data/dataset.ts';
import type { Dataset } from '../data/schema.ts';
import { validateDataset } from '../data/validate-dataset.ts';
import { translations } from '../i18n/translation-registry.ts';
import { en } from '../i18n/translations/en.ts';
import { CopyController } from '../shared/copy-controller.ts';
import { THEMES } from '../shared/tip-element.ts';
import { WIDGET_TAGS, type WidgetTag } from '../shared/widget-tags.ts';
import { contrastRatio } from './contrast.ts';
import { defaultValue, manifestAttributes, type Manifest, type ManifestAttribute } from './manifest-attributes.ts';
import { pickerOptions, searchOptions } from './pickers.ts';
import { pageSnippet, RENDER_COMMAND, type EmbedChoice, type Release } from './snippet.ts';

/** The widths an editor previews at, as the places a widget goes. */
const WIDTHS = { phone: ['Phone', 360], sidebar: ['Sidebar', 280], article: ['Article column', 720] } as const;
type Width = keyof typeof WIDTHS;

/** The brand colours an editor can set, each a documented `--tip-*` property, with its light default. */
const COLOURS = [
  ['--tip-color-text', 'Text', '#1b1f24'],
  ['--tip-color-surface', 'Background', '#ffffff'],
  ['--tip-color-accent', 'Accent (figures, markers)', '#9b1c3f'],
] as const;
type Colour = (typeof COLOURS)[number][0];

/** Options that stand for an attribute left out, so the widget's default applies. */
const UNSET = '';

/**
 * The embed builder (src/builder/index.html): an editor picks a widget, sets its attributes (the form comes from
 * the Custom Elements Manifest, with pickers that search the dataset), its colours, language and width, sees the
 * real widget, and copies a snippet that works: scripts pinned with their integrity, the element with only what
 * differs from its defaults, the CSS, and the command that pre-renders it. It runs in the page alone: a dataset
 * the editor loads is read and checked here, never sent anywhere. Rendered in the light DOM: it is a page.
 */
export class EmbedBuilder extends LitElement {
  @state() private tag: WidgetTag = 'tip-stat-card';
  /** Each widget's chosen attribute values, kept when the editor switches widgets and back. */
  // A card starts on a figure (startOnAFigure): a widget to see, not the message that it lacks one.
  @state() private values: Partial<Record<WidgetTag, Record<string, string | boolean>>> = { 'tip-stat-card': { stat: bundledDataset.stats[0].id } };
  @state() private queries: Record<string, string> = {};
  @state() private colours: Partial<Record<Colour, string>> = {};
  @state() private width: Width = 'article';
  @state() private data: Dataset = bundledDataset;
  @state() private datasetFile?: string;
  @state() private datasetProblems: string[] = [];
  @state() private height?: number;
  /** The built library beside the page: the release the snippet pins and the manifest the form comes from. */
  @state() private release?: Release & { manifest: Manifest };
  @state() private releaseMissing = false;

  private readonly copier = new CopyController(this);
  private readonly resize = new ResizeObserver(([entry]) => (this.height = entry.borderBoxSize[0].blockSize));

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Written beside the page by the build, and served by `npm start` from the last manifest and build.
    fetch(new URL('./release.json', document.baseURI))
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((release: Release & { manifest: Manifest }) => (this.release = release))
      .catch(() => (this.releaseMissing = true));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  private get fields(): ManifestAttribute[] {
    return this.release ? manifestAttributes(this.release.manifest, this.tag) : [];
  }

  private chosenValue(attribute: ManifestAttribute): string | boolean {
    return this.values[this.tag]?.[attribute.name] ?? (attribute.type.kind === 'boolean' ? false : defaultValue(attribute) ?? UNSET);
  }

  private set(name: string, value: string | boolean): void {
    this.values = { ...this.values, [this.tag]: { ...this.values[this.tag], [name]: value } };
  }

  /** What the editor chose, as the snippet writes it: only the attributes that differ from their defaults. */
  private get choice(): EmbedChoice {
    const attributes = this.fields.flatMap((attribute): [string, string | true][] => {
      const value = this.chosenValue(attribute);
      if (value === false || value === UNSET || value === defaultValue(attribute)) return [];
      return [[attribute.name, value]];
    });
    const language = this.chosenValue(this.fields.find((a) => a.name === 'locale')!) as string;
    // A right-to-left language's widget runs right to left where the page does not already.
    if (translations.get(language)?.$dir === 'rtl') attributes.push(['dir', 'rtl']);
    return {
      tag: this.tag,
      attributes,
      properties: Object.entries(this.colours) as [Colour, string][],
      language: language && language !== 'en' ? language : undefined,
      height: this.height,
      datasetFile: this.datasetFile,
    };
  }

  /** Counts the files loaded, so that a slow one read after a newer one is dropped. */
  private loads = 0;

  private async loadDataset(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const load = ++this.loads;
    const text = await file.text();
    input.value = ''; // Choosing the same file again (after the bundled data) is a change too.
    if (load !== this.loads) return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      this.datasetProblems = [`${file.name} is not JSON: ${(error as Error).message}`];
      return;
    }
    const check = validateDataset(json);
    if (!check.ok) {
      this.datasetProblems = check.problems;
      return;
    }
    this.datasetProblems = [];
    this.data = check.dataset;
    this.datasetFile = file.name;
    this.startOnAFigure();
  }

  /** The card's figure, where the data has none of that id: its first. */
  private startOnAFigure(): void {
    const card = this.values['tip-stat-card'];
    if (!this.data.stats.some((stat) => stat.id === card?.stat)) this.values = { ...this.values, 'tip-stat-card': { ...card, stat: this.data.stats[0]?.id ?? UNSET } };
  }

  private useBundledData(): void {
    this.data = bundledDataset;
    this.datasetFile = undefined;
    this.datasetProblems = [];
    this.startOnAFigure();
  }

  protected override render() {
    if (this.releaseMissing) return html`<p role="alert">The builder cannot find <code>release.json</code> beside its page: run it with <code>npm start</code>, or from <code>npm run build</code>'s <code>dist/site/</code>.</p>`;
    if (!this.release) return nothing;
    return html`<form class="builder-form" @submit=${(event: Event) => event.preventDefault()}>
        <fieldset>
          <legend>Widget</legend>
          ${WIDGET_TAGS.map(
            (tag) => html`<label class="choice"
              ><input type="radio" name="widget" value=${tag} .checked=${tag === this.tag} @change=${() => (this.tag = tag)} />
              <code>&lt;${tag}&gt;</code></label
            >`,
          )}
        </fieldset>
        <fieldset>
          <legend>Settings</legend>
          ${this.fields.map((attribute) => this.renderControl(attribute))}
        </fieldset>
        <fieldset>
          <legend>Colours</legend>
          ${COLOURS.map(
            ([property, label, fallback]) => html`<label class="field"
              >${label} <code>${property}</code>
              <input
                type="color"
                name=${property}
                .value=${this.colours[property] ?? fallback}
                @input=${(event: Event) => (this.colours = { ...this.colours, [property]: (event.target as HTMLInputElement).value })}
            /></label>`,
          )}
          <button type="button" @click=${() => (this.colours = {})}>Use the default colours</button>
          <p class="warning" role="status">${this.contrastWarnings().join(' ')}</p>
        </fieldset>
        <fieldset>
          <legend>Preview width</legend>
          ${(Object.keys(WIDTHS) as Width[]).map(
            (width) => html`<label class="choice"
              ><input type="radio" name="width" value=${width} .checked=${width === this.width} @change=${() => (this.width = width)} />
              ${WIDTHS[width][0]} (${WIDTHS[width][1]} px)</label
            >`,
          )}
        </fieldset>
        <fieldset>
          <legend>Your own data</legend>
          <label class="field"
            >A dataset file (JSON, as data/dataset.schema.json describes)
            <input type="file" name="dataset" accept="application/json,.json" @change=${(event: Event) => this.loadDataset(event.target as HTMLInputElement)}
          /></label>
          ${this.datasetFile
            ? html`<p>Using <strong>${this.datasetFile}</strong>. <button type="button" @click=${this.useBundledData}>Use the bundled data</button></p>`
            : nothing}
          ${this.datasetProblems.length
            ? html`<div class="problems" role="alert">
                <p>This file cannot be used: ${this.datasetProblems.length} problem${this.datasetProblems.length > 1 ? 's' : ''}, each at its place in the file.</p>
                <ul>
                  ${this.datasetProblems.map((problem) => html`<li>${problem}</li>`)}
                </ul>
              </div>`
            : nothing}
        </fieldset>
      </form>
      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        <div class="preview-frame" style="inline-size: ${WIDTHS[this.width][1]}px"></div>
      </section>
      ${this.renderSnippets()}`;
  }

  /**
   * One attribute's control. Options are selected by their live property, not the `selected` attribute: once an
   * editor has picked one the browser ignores the attribute, and a search that reuses the option for another value
   * would leave it highlighted.
   */
  private renderControl(attribute: ManifestAttribute) {
    const value = this.chosenValue(attribute);
    const id = `attribute-${attribute.name}`;
    const label = html`<span class="name"><code>${attribute.name}</code></span> <span class="description">${attribute.description.replace(/`/g, '')}</span>`;
    const change = (event: Event) => {
      const input = event.target as HTMLInputElement;
      this.set(attribute.name, input.type === 'checkbox' ? input.checked : input.value);
    };
    if (attribute.name === 'locale') {
      const languages = [...translations.values()].map((t) => [t.$code, t.$name]);
      return html`<label class="field" for=${id}>${label}</label>
        <select id=${id} name=${attribute.name} @change=${change}>
          ${languages.map(([code, name]) => html`<option value=${code} .selected=${live((value || 'en') === code)}>${name}</option>`)}
        </select>`;
    }
    const options = pickerOptions(attribute.name, this.data);
    if (options) {
      const query = this.queries[attribute.name] ?? '';
      const found = searchOptions(options, query);
      return html`<div class="picker">
        <label class="field" for=${id}>${label}</label>
        <input
          type="search"
          id="${id}-search"
          aria-label="Search for a ${attribute.name}"
          placeholder="Search: words, a name, an acronym"
          .value=${query}
          @input=${(event: Event) => (this.queries = { ...this.queries, [attribute.name]: (event.target as HTMLInputElement).value })}
        />
        <select id=${id} name=${attribute.name} size="5" @change=${change}>
          <option value=${UNSET} .selected=${live(value === UNSET)}>(none: the default)</option>
          ${found.map((option) => html`<option value=${option.value} .selected=${live(option.value === value)}>${option.label}</option>`)}
        </select>
      </div>`;
    }
    const kind = attribute.name === 'theme' ? { kind: 'select' as const, options: [...THEMES] } : attribute.type;
    switch (kind.kind) {
      case 'select':
        return html`<label class="field" for=${id}>${label}</label>
          <select id=${id} name=${attribute.name} @change=${change}>
            ${kind.options.map((option) => html`<option value=${option} .selected=${live(option === value)}>${option}</option>`)}
          </select>`;
      case 'boolean':
        return html`<label class="field checkbox"><input type="checkbox" name=${attribute.name} .checked=${value === true} @change=${change} /> ${label}</label>`;
      default:
        return html`<label class="field" for=${id}>${label}</label>
          <input id=${id} name=${attribute.name} type=${kind.kind === 'number' ? 'number' : 'text'} .value=${String(value)} @change=${change} />`;
    }
  }

  /** Where a chosen colour falls under 4.5:1 against the background it sits on. */
  private contrastWarnings(): string[] {
    const colour = (property: Colour) => this.colours[property] ?? COLOURS.find(([name]) => name === property)![2];
    const surface = colour('--tip-color-surface');
    return (['--tip-color-text', '--tip-color-accent'] as const).flatMap((property) => {
      const ratio = contrastRatio(colour(property), surface);
      return ratio < 4.5 ? [`Warning: ${property} is ${ratio.toFixed(2)}:1 against the background; text needs at least 4.5:1.`] : [];
    });
  }

  private renderSnippets() {
    if (!this.release) return nothing;
    const { module, classic } = pageSnippet(this.release, this.choice);
    const forms: [id: string, title: string, text: string][] = [
      ['snippet', 'Paste into your page', module],
      ['classic', 'Or, where the page cannot load modules, the classic scripts', classic],
      ['render', 'Pre-rendered: run in your site’s build, so the widget reads without JavaScript', RENDER_COMMAND],
    ];
    return html`<section class="snippets" aria-labelledby="snippets-heading">
      <h2 id="snippets-heading">Copy</h2>
      ${this.release.integrity ? nothing : html`<p class="warning">Integrity hashes appear once <code>npm run build</code> has run.</p>`}
      ${forms.map(
        ([id, title, text]) => html`<figure class="snippet">
          <figcaption id="${id}-title">${title}</figcaption>
          <pre aria-labelledby="${id}-title"><code id="${id}-code">${text}</code></pre>
          <button type="button" id="${id}-copy" aria-describedby="${id}-title" @click=${() => this.copier.copy(id, text)}>${en.copy}</button>
          ${this.copier.renderStatus(id, en)} ${this.copier.renderFallback(id, text, en, () => this.querySelector(`#${id}-copy`))}
        </figure>`,
      )}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.release) this.syncPreview();
  }

  /** The preview: the real element, its attributes and colours as chosen, in a `<tip-dataset>` for own data. */
  private syncPreview(): void {
    const frame = this.querySelector<HTMLElement>('.preview-frame')!;
    const choice = this.choice;
    let widget = frame.querySelector<HTMLElement>(WIDGET_TAGS.join(','));
    if (widget?.localName !== choice.tag || Boolean(frame.querySelector('tip-dataset')) !== Boolean(choice.datasetFile)) {
      frame.replaceChildren();
      widget = document.createElement(choice.tag);
      const provider = choice.datasetFile ? Object.assign(document.createElement('tip-dataset'), { data: this.data }) : undefined;
      if (provider) provider.append(widget);
      frame.append(provider ?? widget);
      this.resize.disconnect();
      this.resize.observe(widget);
    }
    const provider = frame.querySelector('tip-dataset') as (HTMLElement & { data?: Dataset }) | null;
    if (provider && provider.data !== this.data) provider.data = this.data;
    const wanted = new Map(choice.attributes.map(([name, value]) => [name, value === true ? '' : value]));
    for (const { name } of [...widget.attributes]) if (!wanted.has(name) && name !== 'style') widget.removeAttribute(name);
    for (const [name, value] of wanted) if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
    widget.style.cssText = choice.properties.map(([name, value]) => `${name}: ${value}`).join('; ');
  }
}

customElements.define('tip-embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'tip-embed-builder': EmbedBuilder;
  }
}
