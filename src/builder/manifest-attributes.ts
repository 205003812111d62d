/**
 * What the Custom Elements Manifest says of each element's attributes, read as form controls: the one source of
 * the embed builder's form (and of Storybook's controls), so that a new attribute appears in both by itself.
 */

/** How an attribute's value is chosen, from the type the manifest writes (`'oldest' | 'newest'`, `boolean`). */
export type AttributeKind = { kind: 'select'; options: string[] } | { kind: 'boolean' } | { kind: 'number' } | { kind: 'text' };

const LITERAL = /^'([^']*)'$/;

/** `'oldest' | 'newest'` a select, `boolean` a checkbox, `number` a number, the rest (ids, `string`) text. */
export function attributeKind(typeText: string | undefined): AttributeKind {
  const parts = (typeText ?? 'string').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  const literals = parts.map((part) => LITERAL.exec(part)?.[1]);
  if (literals.length && literals.every((literal) => literal !== undefined)) return { kind: 'select', options: literals as string[] };
  if (parts.length === 1 && (parts[0] === 'boolean' || parts[0] === 'number')) return { kind: parts[0] };
  return { kind: 'text' };
}

export interface ManifestAttribute {
  name: string;
  description: string;
  /** The default as the manifest writes it in TypeScript (`'oldest'`, `3`, `false`), if any. */
  default?: string;
  type: AttributeKind;
}

export interface Manifest {
  modules: Array<{
    declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string; description?: string; default?: string; type?: { text: string } }> }>;
  }>;
}

/** A default's value as an attribute would hold it: `'oldest'` is `oldest`, `false` none. */
export const defaultValue = (attribute: ManifestAttribute): string | undefined => {
  const text = attribute.default;
  if (text === undefined || text === 'false' || text === "''") return undefined;
  return LITERAL.exec(text)?.[1] ?? text;
};

/** Each element's attributes, in the manifest's order. */
export function manifestAttributes(manifest: Manifest, tag: string): ManifestAttribute[] {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  return (declaration?.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    description: attribute.description ?? '',
    default: attribute.default,
    type: attributeKind(attribute.type?.text),
  }));
}
