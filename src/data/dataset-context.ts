import { createContext } from '@lit/context';
import type { Words } from '../i18n/translation.ts';
import type { Dataset } from './schema.ts';

/**
 * What a `<tip-dataset>` provides to the widgets inside it: its dataset once loaded and valid, that it
 * is still loading, or why it cannot provide one (a message for the page's author).
 */
export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'error'; message: string; say?: Said };

/**
 * A message in the reader's language: a widget words its provider's failure from its own table. `message`
 * is the same in English, for the console and for a copy of the library from before `say`.
 */
export type Said = (words: Words) => string;

/**
 * The `<tip-dataset>` context; `undefined` (no provider, or one with neither `src` nor `data`) means
 * the bundled dataset. A string key, not a symbol, so that two copies of the library on one page
 * still find each other.
 */
export const datasetContext = createContext<DatasetState | undefined>('tip-dataset');
