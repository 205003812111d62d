import type { Plugin } from 'vite';
import type { Dataset } from '../../src/data/schema.ts';

/**
 * The bundled dataset as the widgets ship it: data/dataset.json without what no widget shows, so that no page
 * pays for it. A source's `urlNote` (how its address was matched: for maintainers) and the changelog's entries
 * before the current version stay in data/dataset.json, which the package exports whole as
 * `tip-widgets/dataset.json`.
 */
export function shippedDataset(): Plugin {
  return {
    name: 'tip-shipped-dataset',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/data/dataset.json')) return undefined;
      const data = JSON.parse(code) as Dataset;
      for (const source of data.sources) delete source.urlNote;
      data.changelog = data.changelog?.filter((entry) => entry.version === data.version);
      return { code: JSON.stringify(data), map: null };
    },
  };
}
