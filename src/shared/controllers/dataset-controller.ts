import { ContextConsumer, ContextRoot } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { datasetContext, type DatasetState } from '../../data/dataset-context.ts';
import type { Dataset } from '../../data/schema.ts';
import { en } from '../../i18n/translations/en.ts';

/**
 * Re-sends the widgets' unanswered requests when a `<tip-dataset>` connects after them (its tag
 * defined after theirs), so they still get its dataset. One per document, attached on first use.
 */
let contextRoot: ContextRoot | undefined;

const LOADING: DatasetState = { status: 'loading' };
const NO_PROVIDER: DatasetState = { status: 'error', message: en.noProvider, say: (words) => words.noProvider };

/**
 * The dataset a widget shows: what the nearest `<tip-dataset>` provides, else the widget's share of the bundled one.
 * Inside a `<tip-dataset>` whose script has not run (its own file on a script-tag page, maybe still to come), it is
 * loading until that script defines it, and missing once the page has loaded without it. `state` is the same
 * object until one of these changes.
 */
export class DatasetController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof datasetContext, ReactiveElement>;
  private readonly bundled: DatasetState;
  /** On a server, which has no DOM to ask: what the page's `<tip-dataset>` provides (src/ssr/ sets it). */
  serverProvided?: DatasetState;

  constructor(private readonly host: ReactiveElement, bundled: Dataset) {
    // Before the first request, so that a provider defined later answers it.
    if (!isServer && !contextRoot) (contextRoot = new ContextRoot()).attach(document.documentElement);
    this.consumer = new ContextConsumer(host, { context: datasetContext, subscribe: true });
    this.bundled = { status: 'ready', dataset: bundled };
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.awaitsProvider) return;
    const update = () => this.host.requestUpdate();
    customElements.whenDefined('tip-dataset').then(update);
    // Once the page has loaded, every script it includes has run: a provider still undefined is missing.
    if (document.readyState !== 'complete') addEventListener('load', update, { once: true });
  }

  get state(): DatasetState {
    const provided = this.consumer.value ?? this.serverProvided;
    if (provided) return provided;
    if (!this.awaitsProvider) return this.bundled;
    return document.readyState === 'complete' ? NO_PROVIDER : LOADING;
  }

  private get awaitsProvider(): boolean {
    return !isServer && !customElements.get('tip-dataset') && this.host.closest('tip-dataset') !== null;
  }
}
