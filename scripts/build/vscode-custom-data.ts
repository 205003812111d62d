import { elementsOf, type Manifest } from './element-reference.ts';

/** Values a string-literal union type allows: `'light' | 'dark'` -> light, dark. */
const literalValues = (type = '') => [...type.matchAll(/'([^']+)'/g)].map((m) => ({ name: m[1] }));

/**
 * VS Code's HTML custom data (html.customData), generated from the manifest so it cannot drift; values come
 * from `parsedType`, where the aliases (`Theme`, the bundled ids) are written out.
 */
export function vscodeCustomData(manifest: Manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName!,
      description: element.summary ?? '',
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        values: literalValues((attribute.parsedType ?? attribute.type)?.text),
      })),
    })),
  };
}
