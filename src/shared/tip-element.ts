import { consume, ContextRoot } from '@lit/context';
import { html, isServer, LitElement, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { datasetContext, type DatasetState } from '../data/dataset-context.ts';
import { datasetShare } from '../data/dataset.ts';
import { DatasetIndex } from '../data/dataset-index.ts';
import type { Dataset } from '../data/schema.ts';
import { TRANSLATION_EVENT, type Translation } from '../i18n/translation-registry.ts';
import { wordsFor } from '../i18n/words.ts';
import { buttonStyles } from './styles/button.styles.ts';
import { citationStyles } from './templates/citation.ts';
import { CopyController, copyStyles } from './controllers/copy-controller.ts';
import { disclosureStyles } from './styles/disclosure.styles.ts';
import { printStyles } from './styles/print.styles.ts';
import type { ExportedData } from './data-and-citation/exported-data.ts';
import { renderDataAndCitation, dataAndCitationStyles } from './data-and-citation/data-and-citation.ts';
import { wordsLang, type Direction } from './templates/data-language.ts';
import { errorStyles } from './styles/error-state.styles.ts';
import { hostGuardStyles } from './styles/host-guard.styles.ts';
import { loadingStyles } from './styles/loading-state.styles.ts';
import { oneOf } from './attribute-values.ts';
import { TipInputError, type TipErrorDetail } from './tip-error.ts';
import { tokenStyles } from './styles/tokens.styles.ts';
import { VERSION } from './version.ts';
import { hydratesPrerendered } from './hydrate-support.ts';
import { pageScheme, watchPageScheme } from './page-color-scheme.ts';
import { FINGERPRINT_PREFIX, viewFingerprint } from './view-fingerprint.ts';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** What a widget needs to resolve its view: the dataset, the reader's locale and its words. */
export interface ResolveContext {
  data: DatasetIndex;
  locale: string;
  words: Translation;
  /** The language the widget's words are in: the locale's, or the table's it fell back to (English). */
  lang: string;
  /** The widget's direction: its own `dir` attribute, else its words' (an Arabic widget is right to left on any page). */
  dir: Direction;
  /** The language of the dataset's text (its `language`, else English). */
  dataLang: string;
}

/** The widget's direction: `dir="ltr"` or `dir="rtl"` on the element itself, else that of the words it speaks. */
const directionFor = (dir: string | undefined, words: Translation): Direction => (dir === 'ltr' || dir === 'rtl' ? dir : words.$dir);

/** The context for a dataset in a locale. */
function contextFor(dataset: Dataset, locale: string, dir: string | undefined): ResolveContext {
  const words = wordsFor(locale);
  const lang = wordsLang(locale, words);
  return { data: DatasetIndex.for(dataset), locale, words, lang, dir: directionFor(dir, words), dataLang: dataset.language ?? 'en' };
}

/**
 * Re-sends the widgets' unanswered requests when a `<tip-dataset>` connects after them (its tag
 * defined after theirs), so they still get its dataset. One per document, attached on first use.
 */
let contextRoot: ContextRoot | undefined;

/**
 * The base of every tip-widgets element: dataset from the nearest `<tip-dataset>` (else the bundled
 * one), `theme` and `locale`, the placeholder while that dataset loads, and the one error path. A
 * subclass turns its attributes into a view in `resolve()`, throwing `TipInputError` for bad input,
 * and draws that view in `renderView()`. `resolve()` runs only when an input has changed, so the view
 * is a function of the attributes, the dataset and the locale, whatever state the widget redraws with.
 * `exported()` gives what the view shows to the "Data and citation" control that follows it.
 *
 * @fires {{ message: string }} tip-error - The widget cannot show what it was asked to; `detail.message` says why.
 * @csspart error - The message shown in place of the content when input is bad.
 * @csspart placeholder - What holds the widget's place while its `<tip-dataset>` loads.
 * @csspart data-and-citation - The "Data and citation" disclosure after the widget (none with `hide-data`).
 * @csspart data-and-citation-summary - Its one line, which opens it.
 * @csspart data-actions - A row of its buttons; hidden with JavaScript off and in print.
 * @csspart dataset-release - The dataset's version, its date and what changed in it.
 * @csspart download-csv - Downloads what the widget shows as CSV.
 * @csspart download-json - Downloads what the widget shows as JSON.
 * @csspart cite - The references to the widget's sources, with their buttons.
 * @csspart copy-citation - Copies the references.
 * @csspart download-bibtex - Downloads the references as BibTeX.
 * @csspart download-csl - Downloads the references as CSL-JSON.
 * @csspart copy-status - The live region that confirms a copy ("Copied").
 * @csspart copy-fallback - Shown where the clipboard is unavailable: the instruction and the text to copy.
 * @csspart copy-text - The read-only text area holding the text to copy by hand.
 * @cssprop --tip-placeholder-min-height - Height the placeholder reserves while a `<tip-dataset>` loads; defaults to `12rem`.
 */
export abstract class TipElement<View> extends LitElement {
  static version = VERSION;

  /** Every widget's stylesheet starts with the shared one; an element's `styles` lists only its own. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    const shared = [tokenStyles, hostGuardStyles, buttonStyles, disclosureStyles, citationStyles, copyStyles, dataAndCitationStyles, errorStyles, loadingStyles];
    // Print last: it overrides the element's own layout as well as the shared one.
    return super.finalizeStyles([shared, styles ?? [], printStyles]);
  }

  /**
   * What the widget shows outside a `<tip-dataset>`: the collections of the bundled dataset it uses,
   * so that an element's own entry bundles only those.
   */
  protected static bundled: Dataset = datasetShare({});

  /**
   * Colour scheme: `light`, `dark`, or `auto`: the page's own where it sets one around the widget (`color-scheme:
   * dark` on its root, as a site's dark-mode switch does), else the reader's `prefers-color-scheme`.
   */
  @property({ reflect: true, useDefault: true }) theme: Theme = 'auto';

  /** Leaves out the "Data and citation" control (downloads and references), for a minimal embed. */
  @property({ type: Boolean, attribute: 'hide-data' }) hideData = false;

  /** BCP 47 language tag for numbers and dates; defaults to the nearest `lang` in the page, else `en-US`. */
  @property() locale?: string;

  /**
   * `ltr` or `rtl` lays the widget out in that direction; without it, the widget takes the direction of the words it
   * speaks (right to left in Arabic, on any page), not the page's.
   */
  @property({ reflect: true }) override dir!: string;

  /** What a `<tip-dataset>` ancestor provides, if there is one. */
  @consume({ context: datasetContext, subscribe: true })
  @state()
  protected datasetState?: DatasetState;

  protected view?: View;
  protected problem?: string;
  /**
   * True during the update that first has a view to draw: what "first shown" means, since a
   * loading `<tip-dataset>` can hold the view back past the first update.
   */
  protected firstView = false;
  private shown = false;
  private reportedProblem?: string;

  protected abstract resolve(context: ResolveContext): View;
  /** Draws the view in the widget's root (`dir` and `lang` from `context`), with `dataControl` last inside its frame. */
  protected abstract renderView(view: View, context: ResolveContext, dataControl: TemplateResult | typeof nothing): TemplateResult;
  /** What the view shows, as the "Data and citation" control offers it: a file name and one record per item. */
  protected abstract exported(view: View, context: ResolveContext): ExportedData;

  /** Copy buttons and their confirmations: the citation's here, a subclass's own (a recommendation's) too. */
  protected readonly copier = new CopyController(this);

  /** True while the page prints: everything is drawn, every disclosure open (./print.styles.ts). */
  @state() protected printing = false;
  /** The disclosures opened for printing, closed again after it. */
  private openedForPrint: HTMLDetailsElement[] = [];
  private printMedia = isServer ? undefined : matchMedia('print');

  /**
   * Whether the element arrived with its shadow root rendered (tip-widgets/ssr): its first update then
   * takes that DOM over, so it must draw what the server drew.
   */
  protected prerendered = false;

  override connectedCallback(): void {
    if (!this.hasUpdated && this.shadowRoot) {
      // Without Lit's hydration support on the page, Lit would render beside the server's DOM: it goes first.
      if (hydratesPrerendered) this.prerendered = true;
      else this.discardPrerendered();
    }
    if (!contextRoot) (contextRoot = new ContextRoot()).attach(document.documentElement);
    super.connectedCallback();
    if (!isServer) {
      addEventListener(TRANSLATION_EVENT, this.onTranslation);
      addEventListener('beforeprint', this.onPrint);
      addEventListener('afterprint', this.onPrint);
      this.printMedia?.addEventListener('change', this.onPrint);
      this.followPageScheme();
      this.stopWatchingScheme = watchPageScheme(this.followPageScheme);
    }
    if (this.awaitsProvider) {
      const update = () => this.invalidate();
      customElements.whenDefined('tip-dataset').then(update);
      // Once the page has loaded, every script it includes has run: a provider still undefined is missing.
      if (document.readyState !== 'complete') addEventListener('load', update, { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener(TRANSLATION_EVENT, this.onTranslation);
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
    this.printMedia?.removeEventListener('change', this.onPrint);
    this.stopWatchingScheme?.();
  }

  /**
   * Printing starts (the print dialog's `beforeprint`, or print media emulated, as a PDF export does) or ends.
   * The update it requests runs before the print is laid out: a microtask after the event.
   */
  private onPrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint' || (event.type === 'change' && this.printMedia!.matches);
  };

  /**
   * Where the page's own scheme shows, as custom states (host-guard.styles.ts); absent in a browser without
   * `:state()`. Chromium 90 to 124 have `states` but throw on a name without `--`: support is asked of CSS.
   */
  private schemeStates = isServer || !CSS.supports?.('selector(:state(page-dark))') ? undefined : this.attachInternals().states;
  private stopWatchingScheme?: () => void;

  private followPageScheme = (): void => {
    const states = this.schemeStates;
    if (!states) return;
    const scheme = pageScheme(this);
    for (const name of ['page-light', 'page-dark']) {
      if (name === `page-${scheme}`) states.add(name);
      else states.delete(name);
    }
  };

  /** A language registered after this widget drew (its file loaded later): the same view, in its words. */
  private onTranslation = (): void => this.invalidate();

  /** The widget's language and its words; English where its `locale` is not a language tag, which it then reports. */
  private get said(): { locale: string; words: Translation } {
    let locale = 'en';
    try {
      locale = this.context?.locale ?? this.resolvedLocale;
    } catch {
      // Reported as the widget's problem.
    }
    return { locale, words: wordsFor(locale) };
  }

  /** Inside a `<tip-dataset>` whose script has not run: its own file on a script-tag page, maybe still to come. */
  private get awaitsProvider(): boolean {
    // A server render passes a `<tip-dataset>`'s data itself (src/ssr/), and has no DOM to look in.
    return !isServer && !customElements.get('tip-dataset') && this.closest('tip-dataset') !== null;
  }

  protected get resolvedLocale(): string {
    // On a server, the page's `lang` comes in as `locale` (src/ssr/), there being no DOM to look in.
    const pageLang = isServer ? undefined : this.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
    const tag = this.locale?.trim() || pageLang || 'en-US';
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
    } catch {
      // Said in the page's language, the one language this widget has.
      if (this.locale) throw new TipInputError(wordsFor(pageLang ?? 'en').badLocale(this.locale));
      return 'en-US'; // A malformed page `lang` is not this widget's input to report.
    }
  }

  /** The dataset to show, or `undefined` while the provider loads; the provider's failure is this widget's problem. */
  private get shownDataset(): Dataset | undefined {
    const provided = this.datasetState;
    if (provided?.status === 'error') throw new TipInputError(provided.say?.(this.said.words) ?? provided.message);
    if (provided) return provided.status === 'ready' ? provided.dataset : undefined;
    if (!this.awaitsProvider) return (this.constructor as typeof TipElement).bundled;
    if (document.readyState !== 'complete') return undefined;
    throw new TipInputError(this.said.words.noProvider);
  }

  /** The dataset and locale the view was resolved with, kept for its render. */
  private context?: ResolveContext;

  /** Set when something Lit does not track has changed what the view resolves to. */
  private stale = true;

  /**
   * Resolves the view again on the next update: for what changes it without a property changing (the
   * provider's script arriving, the page finishing loading).
   */
  protected invalidate(): void {
    this.stale = true;
    this.requestUpdate();
  }

  /**
   * Whether an update changes what the view resolves from: an attribute's property, or the provided dataset.
   * A widget's own state (a count-up frame, a selected tab, a "Show more" slice) only redraws the same view.
   */
  private changesInputs(changed: PropertyValues): boolean {
    const properties = (this.constructor as typeof TipElement).elementProperties;
    return [...changed.keys()].some((key) => key === 'datasetState' || !properties.get(key)?.state);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.stale || this.changesInputs(changed)) {
      this.stale = false;
      this.attempt(() => {
        oneOf('theme', this.theme, THEMES, 'auto', this.said);
        const dataset = this.shownDataset;
        const locale = this.resolvedLocale;
        this.context = dataset && contextFor(dataset, locale, this.dir);
        this.view = this.context && this.resolve(this.context);
      });
    }
    if (this.prerendered && !this.hasUpdated && this.fingerprintOf(this.shadowRoot) !== this.fingerprint()) this.discardPrerendered();
    this.firstView = this.view !== undefined && !this.shown;
    this.shown ||= this.firstView;
  }

  /** What this widget draws now, as the hash a server render writes beside what it drew. */
  protected fingerprint(): string {
    // The table the words came from, too: a page that has not loaded the server's language draws another. And
    // the version: another release's templates would not match the server's DOM, whatever the view.
    return viewFingerprint([VERSION, this.localName, this.context?.locale, this.context?.words.$code, this.view, this.problem]);
  }

  private fingerprintOf(root: ShadowRoot | null): string | undefined {
    const comment = [...(root?.childNodes ?? [])].find((node) => node.nodeType === Node.COMMENT_NODE && node.nodeValue!.startsWith(FINGERPRINT_PREFIX));
    return comment?.nodeValue!.slice(FINGERPRINT_PREFIX.length);
  }

  /**
   * Drops a pre-rendered DOM drawn from other attributes or data than the page has now (a stale build, another
   * dataset), or one Lit will not take over, keeping its styles: Lit then renders afresh instead.
   */
  private discardPrerendered(): void {
    const root = this.shadowRoot!;
    for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement || node instanceof HTMLLinkElement)) node.remove();
    // Lit's hydration support marks an element whose render root it found filled, under this name in its
    // development build and this one in production; a root emptied here is rendered, not hydrated. Lit has no
    // API for it: test/prerendered.test.ts ("end right") fails if a new version renames the flag.
    const flags = this as unknown as Record<string, unknown>;
    for (const flag of ['_$needsHydration', '_$AG']) if (flag in flags) flags[flag] = false;
  }

  /** A pre-rendered widget keeps its server DOM while its `<tip-dataset>` loads, then takes it over or replaces it. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return super.shouldUpdate(changed) && !(this.prerendered && !this.hasUpdated && this.datasetLoading);
  }

  private get datasetLoading(): boolean {
    try {
      return this.shownDataset === undefined;
    } catch {
      return false; // A failed provider is shown at once.
    }
  }

  protected override render(): TemplateResult {
    if (this.problem === undefined && !this.context) {
      const { locale, words } = this.said;
      const lang = wordsLang(locale, words);
      return html`<div class="root placeholder" part="placeholder" aria-busy="true" lang=${lang} dir=${directionFor(this.dir, words)}>
        <span class="visually-hidden">${words.loading}</span>
      </div>`;
    }
    let content: TemplateResult | undefined;
    if (this.problem === undefined && this.view !== undefined && this.context) {
      const { view, context } = this;
      this.attempt(() => {
        const dataControl = this.hideData ? nothing : renderDataAndCitation(this, this.copier, this.exportedView(view, context), context);
        content = this.renderView(view, context, dataControl);
      });
    }
    if (content) return content;
    const { locale, words } = this.said;
    return html`<p class="root error" part="error" role="status" lang=${wordsLang(locale, words)} dir=${directionFor(this.dir, words)}>
        <span aria-hidden="true">⚠</span> ${words.cannotShow(this.localName, this.problem ?? '')}
      </p>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as PropertyValues).has('printing')) this.openForPrint();
    if (this.problem === this.reportedProblem) return;
    this.reportedProblem = this.problem;
    if (this.problem === undefined) return;
    console.warn(`<${this.localName}>: ${this.problem}`);
    this.dispatchEvent(
      new CustomEvent<TipErrorDetail>('tip-error', { bubbles: true, composed: true, detail: { message: this.problem } }),
    );
  }

  /** The view's records for the data and citation control, made once per view: not on every frame or slice a widget redraws. */
  private exportedOnce?: { view: View; context: ResolveContext; exported: ExportedData };

  private exportedView(view: View, context: ResolveContext): ExportedData {
    const once = this.exportedOnce;
    if (once?.view === view && once.context === context) return once.exported;
    return (this.exportedOnce = { view, context, exported: this.exported(view, context) }).exported;
  }

  /** Opens every closed disclosure while printing, so its quotes print; closes those again after. */
  private openForPrint(): void {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
    if (!this.printing) return;
    this.openedForPrint = [...this.shadowRoot!.querySelectorAll('details')].filter((details) => !details.open);
    for (const details of this.openedForPrint) details.open = true;
  }

  /** Runs one step of an update; bad input or an unexpected failure becomes the shown problem. */
  private attempt(step: () => void): void {
    try {
      this.problem = undefined;
      step();
    } catch (error) {
      this.view = undefined;
      if (error instanceof TipInputError) {
        this.problem = error.message;
      } else {
        this.problem = this.said.words.displayFailed;
        console.error(error);
      }
    }
  }
}
