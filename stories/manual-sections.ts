/**
 * The manual's pages (stories/manual/*.md, their generated blocks filled in when Storybook builds: see
 * .storybook/main.ts), as the docs pages show them, and the pieces some pages lay out around examples.
 */
import pages from 'virtual:tip-manual';

/** A page, its first heading dropped (the docs page has its own) and its subsections raised to the page's second level. */
export function manualPage(name: string): string {
  const page = pages[name];
  if (page === undefined) throw new Error(`stories/manual/ has no page "${name}.md"`);
  return page.replace(/^## .*\n/, '').replace(/^### /gm, '## ');
}

/** The lead of "Elements", before its generated reference (each widget's docs page shows it from the same manifest). */
export const elementsLead = manualPage('elements').split(/^## /m)[0];

/** The lead of "Theming", before its table of properties. */
export const themingLead = manualPage('theming').split(/^\|/m)[0];

/** What "Theming" says of host pages' resets, which the Theming page shows beside its examples. */
export const themingHostResets = manualPage('theming').split(/\n\n/).find((paragraph) => paragraph.includes('host resets')) ?? '';
if (!themingHostResets) throw new Error('stories/manual/theming.md no longer says how the widgets hold against host resets');

export interface ThemingProperty {
  name: `--tip-${string}`;
  /** As the manual writes it: `#1b1f24` / `#eef1f4`, or the property it falls back to. */
  defaultValue: string;
  usedFor: string;
}

/** Every row of the manual's Theming table. */
export const themingProperties: ThemingProperty[] = [...pages.theming.matchAll(/^\| `(--tip-[a-z0-9-]+)` \| ([^|]+?) \| ([^|]+?) \|$/gm)].map(
  ([, name, defaultValue, usedFor]) => ({ name: name as ThemingProperty['name'], defaultValue, usedFor }),
);
if (themingProperties.length === 0) throw new Error('stories/manual/theming.md has no table of --tip-* properties');
