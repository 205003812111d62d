import { createContext } from '@lit/context';
import type { Dataset } from './schema.ts';

/**
 * What a `<tip-dataset>` provides to the widgets inside it: its dataset once loaded and valid, that it
 * is still loading, or why it cannot provide one (a message for the page's author).
 */
export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'error'; message: string };

/**
 * The `<tip-dataset>` context; `undefined` (no provider, or one with neither `src` nor `data`) means
 * the bundled dataset. A string key, not a symbol, so that two copies of the library on one page
 * still find each other.
 */
export const datasetContext = createContext<DatasetState | undefined>('tip-dataset');
