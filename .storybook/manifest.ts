import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { attributeKind } from '../src/builder/manifest-attributes.ts';

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

/** The manifest's categories that are set from the page, not through an attribute: documented, no control. */
const DOCUMENTED_ONLY = ['events', 'css custom properties', 'css shadow parts'];

/**
 * Controls for attribute types as the manifest writes them, read as the embed builder reads them
 * (src/builder/manifest-attributes.ts): `'oldest' | 'newest'` a select, `string | undefined` a text field, an id
 * that is open to a page's own (`BundledStatId | OwnId`) a text field. Types named by an alias (`Theme`) get their
 * options in the stories.
 */
export const controlsFromManifestTypes: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (DOCUMENTED_ONLY.includes(argType.table?.category ?? '')) return [name, { ...argType, control: false }];
      const text = argType.table?.type?.summary;
      if (!text || argType.control !== undefined || argType.options) return [name, argType];
      if (text.includes('OwnId') || /^string( \| undefined)?$/.test(text)) return [name, { ...argType, type: { name: 'string' as const } }];
      const control = attributeKind(text);
      if (control.kind === 'select') return [name, { ...argType, control: { type: 'select' }, options: control.options }];
      if (control.kind !== 'text') return [name, { ...argType, type: { name: control.kind } }];
      return [name, argType];
    }),
  );
