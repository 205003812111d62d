import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { bundledDataset } from '../data/dataset.ts';
import type { Dataset } from '../data/schema.ts';
import { validateDataset } from '../data/validate-dataset.ts';
import { translations } from '../i18n/translation-registry.ts';
import { CopyController } from '../shared/controllers/copy-controller.ts';
import { WIDGET_TAGS, type WidgetTag } from '../shared/widget-tags.ts';
import { contrastRatio } from './contrast.ts';
import { renderControl, UNSET } from './controls.ts';
import { defaultValue, manifestAttributes, type Manifest, type ManifestAttribute } from './manifest-attributes.ts';
import { checkPage, type Finding } from './page-check.ts';
import { pageSnippet, RENDER_COMMAND, type EmbedChoice, type Host, type Release } from './snippet.ts';
import { WIDGET_PICTURES } from './widget-pictures.ts';
import { BUILDER_LANGUAGES, builderWordsFor } from './words/index.ts';

/** The widths an editor previews at, as the places a widget goes. */
const WIDTHS = { phone: 360, sidebar: 280, article: 720 } as const;
type Width = keyof typeof WIDTHS;

/** The two pages a preview shows the widget on: what `theme="auto"` follows. */
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/**
 * The brand colours an editor can set, each a documented `--tip-*` property, with its defaults on a light and a
 * dark page (src/shared/styles/tokens.styles.ts). A colour set applies on both pages.
 */
const COLOURS = [
  ['--tip-color-text', { light: '#1b1f24', dark: '#eef1f4' }],
  ['--tip-color-surface', { light: '#ffffff', dark: '#15191e' }],
  ['--tip-color-accent', { light: '#9b1c3f', dark: '#ff9eb5' }],
] as const;
type Colour = (typeof COLOURS)[number][0];

/**
 * The embed builder (src/builder/index.html): an editor picks a widget, sets it up in plain words (the form comes
 * from the Custom Elements Manifest, with pickers that search the dataset), its colours and language, sees the real
 * widget on a light and a dark page at a phone's, a sidebar's or an article's width, copies what goes in the page's
 * head and where the widget goes (from the CDN or their own site), and can check a page they pasted it into. It
 * runs in the page alone: a dataset or a page the editor gives it is read here, never sent anywhere. Its own words
 * are in the widgets' five languages. Rendered in the light DOM: it is a page.
 */
export class EmbedBuilder extends LitElement {
  /** The language of the builder's own words: the editor's browser's at first, English where it has none of its five. */
  @state() private language = builderWordsFor(navigator.language).$code;
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
  @state() private pageHtml = '';
  @state() private findings?: Finding[];
  /** The built library beside the page: the release the snippet pins and the manifest the form comes from. */
  @state() private release?: Release & { manifest: Manifest };
  @state() private releaseMissing = false;

  private readonly copier = new CopyController(this);
  private readonly resize = new ResizeObserver(([entry]) => (this.height = entry.borderBoxSize[0].blockSize));

  private get words() {
    return builderWordsFor(this.language);
  }

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
    this.findings = undefined;
  }

  /** What the editor chose, as the snippet writes it: only the attributes that differ from their defaults. */
  private get choice(): EmbedChoice {
    const attributes = this.fields.flatMap((attribute): [string, string | true][] => {
      const value = this.chosenValue(attribute);
      if (value === false || value === UNSET || value === defaultValue(attribute)) return [];
      return [[attribute.name, value]];
    });
    const language = this.chosenValue(this.fields.find((a) => a.name === 'locale')!) as string;
    // A right-to-left language's widget runs right to left where the page does not already, unless the editor chose.
    if (translations.get(language)?.$dir === 'rtl' && !attributes.some(([name]) => name === 'dir')) attributes.push(['dir', 'rtl']);
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
      this.datasetProblems = [this.words.notJson(file.name, (error as Error).message)];
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
    const { words } = this;
    if (this.releaseMissing) return html`<p role="alert">${words.cannotFindRelease}</p>`;
    if (!this.release) return nothing;
    return html`<header class="builder-header">
        <h1>${words.title}</h1>
        <p>${words.intro} <a href="../demo/">${words.demoLink}</a>.</p>
      </header>
      <div class="builder-bar">
        <a class="skip" href="#preview-heading">${words.jumpToPreview}</a>
        <label class="inline-field"
          >${words.builderLanguage}
          <select name="builder-language" @change=${(event: Event) => (this.language = (event.target as HTMLSelectElement).value)}>
            ${BUILDER_LANGUAGES.map((option) => html`<option value=${option.$code} lang=${option.$code} ?selected=${option.$code === this.language}>${option.$name}</option>`)}
          </select></label
        >
      </div>
      <form class="builder-form" @submit=${(event: Event) => event.preventDefault()}>
        <fieldset class="step widgets">
          <legend>${words.stepWidget}</legend>
          <div class="widget-choices">
            ${WIDGET_TAGS.map((tag) => {
              const [name, description] = words.widgets[tag];
              return html`<label class="widget-choice">
                <input type="radio" name="widget" value=${tag} .checked=${tag === this.tag} @change=${() => (this.tag = tag)} />
                <svg class="picture" viewBox="0 0 64 48" aria-hidden="true">${WIDGET_PICTURES[tag]}</svg>
                <span class="widget-name">${name}</span>
                <span class="widget-description">${description}</span>
                <code class="developer" dir="ltr">&lt;${tag}&gt;</code>
              </label>`;
            })}
          </div>
        </fieldset>
        <fieldset class="step">
          <legend>${words.stepSettings}</legend>
          ${this.fields.map((attribute) =>
            renderControl(attribute, this.chosenValue(attribute), {
              words,
              data: this.data,
              query: (name) => this.queries[name] ?? '',
              search: (name, query) => (this.queries = { ...this.queries, [name]: query }),
              set: (name, value) => this.set(name, value),
            }),
          )}
        </fieldset>
        ${this.renderColours()} ${this.renderOwnData()}
      </form>
      ${this.renderPreview()} ${this.renderSnippets()} ${this.renderCheck()}`;
  }

  private renderColours() {
    const { words } = this;
    return html`<fieldset class="step">
      <legend>${words.stepColours}</legend>
      <div class="colours">
        ${COLOURS.map(
          ([property, fallback]) => html`<label class="colour"
            ><input
              type="color"
              name=${property}
              .value=${this.colours[property] ?? fallback.light}
              @input=${(event: Event) => (this.colours = { ...this.colours, [property]: (event.target as HTMLInputElement).value })}
            />
            <span>${words.colours[property]} <code class="developer" dir="ltr">${property}</code></span></label
          >`,
        )}
      </div>
      <button type="button" class="secondary" @click=${() => (this.colours = {})}>${words.defaultColours}</button>
      <p class="warning" role="status">${this.contrastWarnings().join(' ')}</p>
    </fieldset>`;
  }

  private renderOwnData() {
    const { words } = this;
    return html`<fieldset class="step">
      <legend>${words.stepData}</legend>
      <label class="field"
        >${words.datasetFile}
        <input type="file" name="dataset" accept="application/json,.json" @change=${(event: Event) => this.loadDataset(event.target as HTMLInputElement)}
      /></label>
      ${this.datasetFile
        ? html`<p>${words.usingFile(this.datasetFile)} <button type="button" class="secondary" @click=${this.useBundledData}>${words.useBundled}</button></p>`
        : nothing}
      ${this.datasetProblems.length
        ? html`<div class="problems" role="alert">
            <p>${words.fileProblems(this.datasetProblems.length)}</p>
            <ul>
              ${this.datasetProblems.map((problem) => html`<li lang="en" dir="ltr">${problem}</li>`)}
            </ul>
          </div>`
        : nothing}
    </fieldset>`;
  }

  /** The same element the snippet makes, on a light page and a dark page, at the chosen width. */
  private renderPreview() {
    const { words } = this;
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading" tabindex="-1">${words.stepPreview}</h2>
      <fieldset class="widths">
        <legend>${words.previewWidth}</legend>
        ${(Object.keys(WIDTHS) as Width[]).map(
          (width) => html`<label class="pill"
            ><input type="radio" name="width" value=${width} .checked=${width === this.width} @change=${() => (this.width = width)} /> ${words.widths[width]}</label
          >`,
        )}
      </fieldset>
      <div class="previews">
        ${SCHEMES.map(
          // The page is the chosen width (its padding and border around it), or the screen's where that is narrower.
          (scheme) => html`<figure class="preview-page ${scheme}" style="--preview-width: ${WIDTHS[this.width]}px">
            <figcaption>${scheme === 'light' ? words.lightPage : words.darkPage}</figcaption>
            <div class="preview-frame" data-scheme=${scheme}></div>
          </figure>`,
        )}
      </div>
    </section>`;
  }

  /**
   * Where a colour falls under 4.5:1 against the background it sits on, on each page the widget's scheme shows it
   * on: a brand text colour chosen for a light page can vanish on a dark one, where `theme="auto"` follows the reader.
   */
  private contrastWarnings(): string[] {
    const { words } = this;
    const theme = this.values[this.tag]?.theme;
    const schemes: readonly Scheme[] = theme === 'light' || theme === 'dark' ? [theme] : SCHEMES;
    return schemes.flatMap((scheme) => {
      const colour = (property: Colour) => this.colours[property] ?? COLOURS.find(([name]) => name === property)![1][scheme];
      const surface = colour('--tip-color-surface');
      return (['--tip-color-text', '--tip-color-accent'] as const).flatMap((property) => {
        const ratio = contrastRatio(colour(property), surface);
        if (ratio >= 4.5) return [];
        const warning = words.contrastWarning(words.colours[property], ratio.toFixed(2));
        return [scheme === 'dark' ? words.onDarkPage(warning) : warning];
      });
    });
  }

  /** A block to copy, with its Copy button and the widgets' own copy confirmation and fallback. */
  private renderCode(id: string, caption: string, text: string) {
    const { words } = this;
    const widgetWords = translations.get(this.language) ?? translations.get('en')!;
    return html`<figure class="snippet">
      <figcaption id="${id}-title">${caption}</figcaption>
      <pre aria-labelledby="${id}-title" dir="ltr" translate="no"><code id="${id}-code">${text}</code></pre>
      <button type="button" id="${id}-copy" aria-describedby="${id}-title" @click=${() => this.copier.copy(id, text)}>${words.copy}</button>
      ${this.copier.renderStatus(id, widgetWords)} ${this.copier.renderFallback(id, text, widgetWords, () => this.querySelector(`#${id}-copy`))}
    </figure>`;
  }

  private renderSnippets() {
    const { words } = this;
    const release = this.release!;
    const choice = this.choice;
    // The element is the same for every host and script kind; what goes in the head differs.
    const hosted = (id: string, host: Host) => {
      const parts = pageSnippet(release, choice, { host });
      return html`${this.renderCode(`${id}-head`, words.inHead, parts.head)} ${this.renderCode(`${id}-element`, words.whereItGoes, parts.element)}
        <details class="more">
          <summary>${words.classicNote}</summary>
          ${this.renderCode(`${id}-classic`, words.inHead, pageSnippet(release, choice, { host, classic: true }).head)}
        </details>`;
    };
    // Served from a deployed dist/site/: its own copy of the files, at this site's address.
    const site = release.site && new URL(release.site, new URL('./release.json', document.baseURI)).href;
    return html`<section class="snippets" aria-labelledby="snippets-heading">
      <h2 id="snippets-heading">${words.stepPaste}</h2>
      ${release.integrity ? nothing : html`<p class="warning">${words.hashesLater}</p>`}
      <div class="hosts">
        <section class="host" aria-labelledby="cdn-heading">
          <h3 id="cdn-heading">${words.fromCdn}</h3>
          ${hosted('cdn', 'cdn')}
        </section>
        ${site
          ? html`<section class="host" aria-labelledby="site-heading">
              <h3 id="site-heading">${words.fromThisSite}</h3>
              <p>${words.fromThisSiteSteps}</p>
              ${hosted('site', { site })}
            </section>`
          : nothing}
        <section class="host" aria-labelledby="self-heading">
          <h3 id="self-heading">${words.selfHosted}</h3>
          <p>${words.selfHostedSteps(release.version)}</p>
          ${hosted('self', 'self')}
        </section>
      </div>
      ${this.renderCode('render', words.preRender, RENDER_COMMAND)}
    </section>`;
  }

  private renderCheck() {
    const { words } = this;
    const problems = this.findings?.filter((finding) => !finding.ok).length ?? 0;
    return html`<section class="check" aria-labelledby="check-heading">
      <h2 id="check-heading">${words.stepCheck}</h2>
      <p id="check-intro">${words.checkIntro}</p>
      <label class="field"
        >${words.pageHtml}
        <textarea name="page-html" rows="6" dir="ltr" spellcheck="false" aria-describedby="check-intro" .value=${this.pageHtml}
          @input=${(event: Event) => (this.pageHtml = (event.target as HTMLTextAreaElement).value)}></textarea
      ></label>
      <button type="button" @click=${() => (this.findings = checkPage(this.pageHtml, this.release!, this.choice, words))}>${words.check}</button>
      <div class="findings" role="status">
        ${this.findings
          ? html`<p class="summary">${problems ? words.checkFound(problems) : words.checkAllGood}</p>
              <ul>
                ${this.findings.map((finding) => html`<li class=${finding.ok ? 'ok' : 'fix'}><span aria-hidden="true">${finding.ok ? '✓' : '✗'}</span> ${finding.text}</li>`)}
              </ul>`
          : nothing}
      </div>
    </section>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // What "Check my page" said was about the choice before: a new widget or dataset asks for a new check.
    if (changed.has('tag') || changed.has('datasetFile')) this.findings = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('language')) {
      document.documentElement.lang = this.words.$code;
      document.documentElement.dir = this.words.$dir;
      document.title = `${this.words.title} — tip-widgets`;
      if (changed.get('language') !== undefined) this.findings = undefined;
    }
    if (this.release) this.syncPreviews();
  }

  /** Each preview: the real element, its attributes and colours as chosen, in a `<tip-dataset>` for own data. */
  private syncPreviews(): void {
    const choice = this.choice;
    for (const frame of this.querySelectorAll<HTMLElement>('.preview-frame')) {
      let widget = frame.querySelector<HTMLElement>(WIDGET_TAGS.join(','));
      if (widget?.localName !== choice.tag || Boolean(frame.querySelector('tip-dataset')) !== Boolean(choice.datasetFile)) {
        frame.replaceChildren();
        widget = document.createElement(choice.tag);
        const provider = choice.datasetFile ? Object.assign(document.createElement('tip-dataset'), { data: this.data }) : undefined;
        if (provider) provider.append(widget);
        frame.append(provider ?? widget);
        // The light page's widget gives the height the snippet reserves.
        if (frame.dataset.scheme === 'light') {
          this.resize.disconnect();
          this.resize.observe(widget);
        }
      }
      const provider = frame.querySelector('tip-dataset') as (HTMLElement & { data?: Dataset }) | null;
      if (provider && provider.data !== this.data) provider.data = this.data;
      const wanted = new Map(choice.attributes.map(([name, value]) => [name, value === true ? '' : value]));
      for (const { name } of [...widget.attributes]) if (!wanted.has(name) && name !== 'style') widget.removeAttribute(name);
      for (const [name, value] of wanted) if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
      widget.style.cssText = choice.properties.map(([name, value]) => `${name}: ${value}`).join('; ');
    }
  }
}

customElements.define('tip-embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'tip-embed-builder': EmbedBuilder;
  }
}
