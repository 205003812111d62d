import type { ArgTypesEnhancer } from 'storybook/internal/types';

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface Manifest {
  modules: Array<{ declarations?: Array<{ members?: Member[]; cssParts?: Array<{ name: string }> }> }>;
}

/**
 * The Custom Elements Manifest as the Controls panel should read it: a page author sets attributes,
 * so fields that back an attribute (`countUp` for `count-up`) and private, protected or static members
 * are left out; each attribute keeps the documentation its JSDoc gives it. Parts are named as CSS
 * writes them, `::part(agency)`: Storybook keys attributes and parts by name in one table, so a part
 * named like an attribute (`agency`, `meeting`) would replace it.
 */
export function authorFacing<M extends Manifest>(manifest: M): M {
  const isAuthorFacing = (member: Member) =>
    member.kind === 'field' && !member.attribute && !member.static && (member.privacy ?? 'public') === 'public';
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(isAuthorFacing),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}

const LITERAL = /^'([^']*)'$/;

/** The manifest's categories that are set from the page, not through an attribute: documented, no control. */
const DOCUMENTED_ONLY = ['events', 'css custom properties', 'css shadow parts'];

/**
 * Controls for attribute types as the manifest writes them: `string | undefined` is a text field,
 * `'oldest' | 'newest'` a select, an id that is open to a page's own (`BundledStatId | OwnId`) a text field.
 * Types named by an alias (`Theme`) get their options in the stories.
 */
export const controlsFromManifestTypes: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (DOCUMENTED_ONLY.includes(argType.table?.category ?? '')) return [name, { ...argType, control: false }];
      const text = argType.table?.type?.summary;
      if (!text || argType.control !== undefined || argType.options) return [name, argType];
      const parts = text.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
      if (parts.includes('OwnId')) return [name, { ...argType, type: { name: 'string' as const } }];
      const literals = parts.map((part) => LITERAL.exec(part)?.[1]);
      if (literals.every((literal) => literal !== undefined)) {
        return [name, { ...argType, control: { type: 'select' }, options: literals }];
      }
      if (parts.length === 1 && ['string', 'number', 'boolean'].includes(parts[0])) {
        return [name, { ...argType, type: { name: parts[0] as 'string' | 'number' | 'boolean' } }];
      }
      return [name, argType];
    }),
  );
