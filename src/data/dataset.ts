import json from '../../data/dataset.json';
import type { Dataset } from './schema.ts';

/** The bundled dataset; `npm run data` has verified it against the schema and its sources. */
export const bundledDataset = json as Dataset;
