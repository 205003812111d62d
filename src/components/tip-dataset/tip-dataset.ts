import type { NumberLike } from '../../shared/attribute-values.ts';
import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { datasetContext, type DatasetState, type Said } from '../../data/dataset-context.ts';
import type { Dataset } from '../../data/schema.ts';
import { whenDatasetChecker, datasetChecker } from '../../data/dataset-checker.ts';
import { failed, outcomeOf, type Outcome } from '../../data/dataset-outcome.ts';
import { en } from '../../i18n/translations/en.ts';
import type { Words } from '../../i18n/translation.ts';
import { VERSION } from '../../shared/version.ts';

/** A dataset that could not be loaded, with the message its widgets show in their language. */
class LoadFailure extends Error {
  constructor(readonly say: Said) {
    super(say(en));
  }
}

/** Fetches and parses the JSON at `src`; each way of failing is a LoadFailure with its own message, but an abort. */
async function fetchJson(src: string, timeout: number, signal: AbortSignal): Promise<unknown> {
  const dataset = (words: Words) => words.datasetAt(src);
  try {
    new URL(src, document.baseURI);
  } catch {
    throw new LoadFailure((words) => words.notAUrl(src));
  }
  // One controller that the caller's signal and a timer both abort, rather than AbortSignal.any() (Safari
  // 17.4 and later only) over AbortSignal.timeout().
  const load = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    load.abort();
  }, timeout);
  const forward = () => load.abort();
  signal.addEventListener('abort', forward, { once: true });
  if (signal.aborted) forward();
  let response: Response;
  let text: string;
  try {
    // Same-origin or CORS JSON; cookies never go to another origin.
    response = await fetch(src, { signal: load.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    if (timedOut) throw new LoadFailure((words) => words.timedOut(dataset(words), timeout));
    throw new LoadFailure((words) => words.unreachable(dataset(words)));
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new LoadFailure((words) => words.refused(dataset(words), status));
  }
  try {
    return JSON.parse(text);
  } catch {
    const type = response.headers.get('content-type')?.split(';')[0];
    throw new LoadFailure((words) => words.notJson(src, type));
  }
}

/**
 * Provides a dataset to every widget inside it, in place of the bundled one: fetched from `src`, or
 * given as the `data` property. Both are checked against the dataset schema when they arrive.
 * While the file loads the widgets hold their place with a placeholder; when it cannot be loaded
 * or is not a valid dataset, each widget shows why (and fires `tip-error`), and the full list of
 * problems is logged once. Without `src` or `data`, the widgets show the bundled dataset.
 *
 * The element draws nothing itself (`display: contents`): its children lay out as if it were not there.
 *
 * @summary Gives the widgets inside it your own dataset.
 * @tag tip-dataset
 *
 * @slot - The widgets, and anything else: the dataset reaches widgets at any depth, shadow roots included.
 */
export class TipDataset extends LitElement {
  static version = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of a dataset's JSON file, same-origin or served with CORS, e.g. `/data/our-data.json`. */
  @property() src?: string;

  /** A dataset object to provide directly; checked like a fetched one, and used instead of `src`. */
  @property({ attribute: false }) data?: Dataset;

  /** How long to wait for `src`, in milliseconds, before showing that it timed out. */
  @property({ type: Number, useDefault: true }) timeout: NumberLike = 10_000;

  @provide({ context: datasetContext }) protected state?: DatasetState;

  /** Aborts the load in flight: superseded by a new `src` or `data`, or the element removed. */
  private loading?: AbortController;

  override connectedCallback(): void {
    // Loading from the start, not from this element's first update: a widget inside it that upgrades first
    // (a pre-rendered one takes its DOM over in its first update) then waits for this data, rather than
    // taking no state for the bundled data.
    if (!this.hasUpdated && this.state === undefined && (this.src?.trim() || this.data !== undefined)) this.state = { status: 'loading' };
    super.connectedCallback();
    if (this.hasUpdated && this.state?.status === 'loading') this.load(); // Removed mid-load, then put back.
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data') || changed.has('timeout')) this.load();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private load(): void {
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    if (this.data !== undefined) return this.check(this.data, (words) => words.datasetGiven, controller);
    const src = this.src?.trim();
    if (!src) return this.settle({ state: undefined });
    const timeout = Number(this.timeout ?? 10_000); // Removed, or set to null: the default.
    const value = this.getAttribute('timeout') ?? `${timeout}`;
    if (!(timeout > 0)) return this.settle(failed((words) => words.badTimeout(value)));
    this.state = { status: 'loading' };
    fetchJson(src, timeout, controller.signal).then(
      (json) => {
        if (!controller.signal.aborted) this.check(json, (words) => words.datasetAt(src), controller);
      },
      (error: Error) => {
        // Aborted: a newer load, or none, replaces this one. Otherwise a LoadFailure, with its message.
        if (!controller.signal.aborted) this.settle(failed((error as LoadFailure).say));
      },
    );
  }

  /**
   * Settles on a dataset once checked: at once when it is small, after its slices when it is large.
   * On a script-tag page the checker comes with dataset-checker.js, which may load after this element.
   */
  private check(input: unknown, name: Said, controller: AbortController): void {
    const checker = datasetChecker();
    const check = checker ? checker(input) : whenDatasetChecker().then((late) => (late ? late(input) : undefined));
    if (!(check instanceof Promise)) return this.settle(outcomeOf(check, name));
    this.state = { status: 'loading' };
    check.then((result) => {
      if (controller.signal.aborted) return; // A newer load replaces this one.
      this.settle(result ? outcomeOf(result, name) : failed((words) => words.noChecker(name(words))));
    });
  }

  private settle({ state, report }: Outcome): void {
    this.loading = undefined;
    this.state = state;
    if (report) console.warn(`<${this.localName}>: ${report}`);
  }
}
