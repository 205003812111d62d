import { html, LitElement, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { datasetShare } from '../data/dataset.ts';
import type { DatasetState } from '../data/dataset-context.ts';
import type { Dataset } from '../data/schema.ts';
import { THEMES, type Theme } from './attribute-values.ts';
import { CopyController, copyStyles } from './controllers/copy-controller.ts';
import { DatasetController } from './controllers/dataset-controller.ts';
import { HydrationController } from './controllers/hydration-controller.ts';
import { LocaleController, type LocaleReading } from './controllers/locale-controller.ts';
import { PageSchemeController } from './controllers/page-scheme-controller.ts';
import { PrintController } from './controllers/print-controller.ts';
import { renderDataAndCitation, dataAndCitationStyles } from './data-and-citation/data-and-citation.ts';
import type { ExportedData } from './data-and-citation/exported-data.ts';
import { resolveContext, type ResolveContext, type WidgetLanguage } from './resolve-context.ts';
import { buttonStyles } from './styles/button.styles.ts';
import { disclosureStyles } from './styles/disclosure.styles.ts';
import { errorStyles } from './styles/error-state.styles.ts';
import { hostGuardStyles } from './styles/host-guard.styles.ts';
import { loadingStyles } from './styles/loading-state.styles.ts';
import { printStyles } from './styles/print.styles.ts';
import { tokenStyles } from './styles/tokens.styles.ts';
import { citationStyles } from './templates/citation.ts';
import { TipInputError, type TipErrorDetail } from './tip-error.ts';
import { VERSION } from './version.ts';
import { viewFingerprint } from './view-fingerprint.ts';

/** What a widget draws, worked out in `willUpdate` from its inputs: a placeholder, a problem, or its view. */
type Shown<View> =
  | { kind: 'loading'; language: WidgetLanguage }
  | { kind: 'problem'; language: WidgetLanguage; problem: string }
  | { kind: 'view'; language: WidgetLanguage; view: View; context: ResolveContext; exported?: ExportedData };

/**
 * The base of every tip-widgets element: the attributes every widget has (`theme`, `hide-data`, `locale`, `dir`),
 * the placeholder while a `<tip-dataset>` loads, and the one error path. Features are controllers: the dataset
 * (DatasetController), the language (LocaleController), printing, the page's colour scheme, hydration and copying.
 *
 * A subclass turns its attributes into a view in `resolve()`, throwing `TipInputError` for bad input, says what the
 * view shows for the "Data and citation" control in `exported()`, and draws the view in `renderView()`. The first two
 * run only when an input has changed (a property that is not state, the dataset, the language), so the view is a
 * function of them whatever state the widget redraws with; `render()` only draws what `willUpdate()` worked out.
 *
 * @fires {{ message: string }} tip-error - The widget cannot show what it was asked to; `detail.message` says why.
 * @csspart base - The widget's surface, whichever widget it is.
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
   * dark` on its root, as a site's dark-mode switch does), else the reader's `prefers-color-scheme`. Any other value
   * is `auto`, with a warning in the console.
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

  /** Whether the element arrived drawn by a server, and the taking over of that DOM. */
  protected readonly hydration = new HydrationController(this);
  /** The language the widget speaks. */
  protected readonly language = new LocaleController(this);
  /** The dataset it shows. */
  private readonly datasetSource = new DatasetController(this, (this.constructor as typeof TipElement).bundled);
  /** Whether the page prints: every panel, event and disclosure is then drawn open. */
  protected readonly print = new PrintController(this);
  /** Copy buttons and their confirmations: the citation's here, a subclass's own (a recommendation's) too. */
  protected readonly copier = new CopyController(this);

  constructor() {
    super();
    new PageSchemeController(this);
  }

  override connectedCallback(): void {
    this.hydration.beforeConnect();
    super.connectedCallback();
  }

  protected abstract resolve(context: ResolveContext): View;
  /** Draws the view in the widget's root (`dir` and `lang` from `context`), with `dataControl` last inside its frame. */
  protected abstract renderView(view: View, context: ResolveContext, dataControl: TemplateResult | typeof nothing): TemplateResult;
  /** What the view shows, as the "Data and citation" control offers it: a file name and one record per item. */
  protected abstract exported(view: View, context: ResolveContext): ExportedData;

  private shown: Shown<View> = { kind: 'loading', language: this.language.reading.language };
  /** The inputs `shown` was worked out from, besides the properties. */
  private shownFrom?: { reading: LocaleReading; state: DatasetState };

  /** The view being shown, if the widget shows one. */
  protected get view(): View | undefined {
    return this.shown.kind === 'view' ? this.shown.view : undefined;
  }

  /** Why the widget cannot show its view, in its words, if it cannot. */
  protected get problem(): string | undefined {
    return this.shown.kind === 'problem' ? this.shown.problem : undefined;
  }

  /**
   * True during the update that first has a view to draw: what "first shown" means, since a
   * loading `<tip-dataset>` can hold the view back past the first update.
   */
  protected firstView = false;
  private everShown = false;

  /**
   * Whether an update changes what the view resolves from: an attribute's property. A widget's own state (a count-up
   * frame, a selected tab, a "Show more" slice) only redraws the same view.
   */
  private changesInputs(changed: PropertyValues): boolean {
    const properties = (this.constructor as typeof TipElement).elementProperties;
    return [...changed.keys()].some((key) => !properties.get(key)?.state);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const reading = this.language.reading;
    const state = this.datasetSource.state;
    if (this.changesInputs(changed) || reading !== this.shownFrom?.reading || state !== this.shownFrom.state) {
      this.shownFrom = { reading, state };
      this.shown = this.show(reading, state);
    }
    this.hydration.check(() => this.fingerprint());
    this.firstView = this.shown.kind === 'view' && !this.everShown;
    this.everShown ||= this.firstView;
  }

  /** What the widget shows for its inputs; bad input, or an unexpected failure, is its problem. */
  private show({ language, problem }: LocaleReading, state: DatasetState): Shown<View> {
    try {
      if (problem) throw new TipInputError(problem);
      if (state.status === 'error') throw new TipInputError(state.say?.(language.words) ?? state.message);
      if (state.status === 'loading') return { kind: 'loading', language };
      const context = resolveContext(state.dataset, language);
      const view = this.resolve(context);
      return { kind: 'view', language, view, context, exported: this.hideData ? undefined : this.exported(view, context) };
    } catch (error) {
      if (error instanceof TipInputError) return { kind: 'problem', language, problem: error.message };
      console.error(error);
      return { kind: 'problem', language, problem: language.words.displayFailed };
    }
  }

  /** What this widget draws now, as the hash a server render writes beside what it drew. */
  protected fingerprint(): string {
    const { shown } = this;
    const context = shown.kind === 'view' ? shown.context : undefined;
    // The table the words came from, too: a page that has not loaded the server's language draws another. And
    // the version: another release's templates would not match the server's DOM, whatever the view.
    return viewFingerprint([VERSION, this.localName, context?.locale, context?.words.$code, this.view, this.problem]);
  }

  /** A pre-rendered widget keeps its server DOM while its `<tip-dataset>` loads, then takes it over or replaces it. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return super.shouldUpdate(changed) && !(this.hydration.adopting && !this.hasUpdated && this.datasetSource.state.status === 'loading');
  }

  protected override render(): TemplateResult {
    const { shown } = this;
    if (shown.kind === 'loading') {
      return html`<div class="root placeholder" part="placeholder" aria-busy="true" lang=${shown.language.lang} dir=${shown.language.dir}>
        <span class="visually-hidden">${shown.language.words.loading}</span>
      </div>`;
    }
    if (shown.kind === 'view') {
      const { view, context, exported } = shown;
      try {
        return this.renderView(view, context, exported ? renderDataAndCitation(this, this.copier, exported, context) : nothing);
      } catch (error) {
        console.error(error); // Reported as the widget's problem once drawn (updated()).
        return this.renderProblem(shown.language, shown.language.words.displayFailed);
      }
    }
    return this.renderProblem(shown.language, shown.problem);
  }

  private renderProblem({ lang, dir, words }: WidgetLanguage, problem: string): TemplateResult {
    return html`<p class="root error" part="error" role="status" lang=${lang} dir=${dir}>
        <span aria-hidden="true">⚠</span> ${words.cannotShow(this.localName, problem)}
      </p>`;
  }

  private reportedProblem?: string;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A theme that is not one: the widget follows the page, as with `auto`, and the page's author learns why.
    if (changed.has('theme') && this.theme != null && !THEMES.includes(this.theme)) {
      console.warn(`<${this.localName}>: theme "${this.theme}" is not one of light, dark, or auto; it follows the page, as with "auto".`);
    }
    // A view that failed to draw shows its problem in place of the view (render()).
    const problem = this.problem ?? (this.shown.kind === 'view' && (this.renderRoot as ShadowRoot).lastElementChild?.classList.contains('error') ? this.shown.language.words.displayFailed : undefined);
    if (problem === this.reportedProblem) return;
    this.reportedProblem = problem;
    if (problem === undefined) return;
    console.warn(`<${this.localName}>: ${problem}`);
    this.dispatchEvent(new CustomEvent<TipErrorDetail>('tip-error', { bubbles: true, composed: true, detail: { message: problem } }));
  }
}
