import type { DatasetCheck } from './validate-dataset.ts';

/** Checks a dataset from outside: at once when it is small, in slices (a promise) when it is large. */
export type DatasetChecker = (input: unknown) => DatasetCheck | Promise<DatasetCheck>;

/**
 * Where the checker is registered: global, so that the script-tag bundle's `<tip-dataset>` finds the
 * checker that a second script, dataset-checker.js, brings without a Lit of its own.
 */
const KEY = Symbol.for('tip-widgets.dataset-checker');
const REGISTERED = 'tip-dataset-checker';
const registry = globalThis as typeof globalThis & { [KEY]?: DatasetChecker };

/** Makes `checker` the page's dataset checker, unless one is already registered (the first copy stays). */
export function registerDatasetChecker(checker: DatasetChecker): void {
  if (registry[KEY]) return;
  registry[KEY] = checker;
  // No document when the widgets render on a server, which asks for the checker when it needs it.
  if (typeof document !== 'undefined') document.dispatchEvent(new Event(REGISTERED));
}

/** The registered checker, now. */
export const datasetChecker = (): DatasetChecker | undefined => registry[KEY];

/**
 * The registered checker once there is one; `undefined` if the page finishes loading without it,
 * since by then every script the page includes has run.
 */
export function whenDatasetChecker(): Promise<DatasetChecker | undefined> {
  const checker = datasetChecker();
  if (checker || document.readyState === 'complete') return Promise.resolve(checker);
  return new Promise((resolve) => {
    const listening = new AbortController();
    const settle = () => {
      listening.abort();
      resolve(datasetChecker());
    };
    document.addEventListener(REGISTERED, settle, { signal: listening.signal });
    addEventListener('load', settle, { signal: listening.signal });
  });
}
