/// <reference types="vite/client" />
/**
 * The parts of README.md the docs pages show, read from the README itself so the two cannot drift:
 * how to embed the widgets (the snippet `npm run build` writes, with the released version and its
 * integrity hashes, and npm), the elements, your own dataset, how the data is verified, and the Theming
 * table. Each throws, naming the part, when the README has lost it.
 */
import readme from '../README.md?raw';

function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start + 1, end < 0 ? undefined : end);
}

/** A section without its heading and HTML comments. */
const body = (heading: string): string =>
  section(heading)
    .replace(/^## .*\n/, '')
    .replace(/<!--[\s\S]*?-->\n?/g, '');

/** A section as the body of a docs page of its own: its subsections raised to the page's second level. */
const pageBody = (heading: string): string => body(heading).replace(/^### /gm, '## ');

/** "Embed in your site": the script tags, placing the widgets, and npm. */
export const embedMarkdown = pageBody('Embed in your site');

/**
 * The lead of "Elements", before its first subsection (the generated reference, which each widget's
 * docs page shows from the same manifest): the attributes, the shared ones, and how bad input is reported.
 */
export const elementsMarkdown = pageBody('Elements').split(/^## /m)[0];

/** "Your own dataset": `<tip-dataset>`, its own script, its attributes and what it says when a dataset fails. */
export const ownDatasetMarkdown = body('Your own dataset: `<tip-dataset>`');

/** "The data": the documents, how `npm run data` verifies every quote, dates, the schema. */
export const dataMarkdown = pageBody('The data');

/** The lead of "Theming", before its table of properties. */
export const themingLead = pageBody('Theming').split(/^\|/m)[0];

export interface ThemingProperty {
  name: `--tip-${string}`;
  /** As the README writes it: `#1b1f24` / `#eef1f4`, or the property it falls back to. */
  defaultValue: string;
  usedFor: string;
}

/** Every row of the README's Theming table. */
export const themingProperties: ThemingProperty[] = [
  ...section('Theming').matchAll(/^\| `(--tip-[a-z0-9-]+)` \| ([^|]+?) \| ([^|]+?) \|$/gm),
].map(([, name, defaultValue, usedFor]) => ({ name: name as ThemingProperty['name'], defaultValue, usedFor }));
if (themingProperties.length === 0) throw new Error("README.md's Theming section has no table of --tip-* properties");

/** "Pre-render for static sites": the CLI, the Node API, styles under a strict CSP, a CMS. */
export const prerenderMarkdown = body('Pre-render for static sites');
