import { createContext } from '@lit/context';
import type { Dataset } from './schema.ts';

/**
 * The dataset a `<tip-dataset>` provides to the widgets inside it. A string key, not a symbol,
 * so that two copies of the library on one page still find each other.
 */
export const datasetContext = createContext<Dataset | undefined>('tip-dataset');
