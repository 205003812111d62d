/**
 * The manual's figures and reference, made from what they describe when the manual is built (Storybook, in
 * Node): the embed snippets with the build's integrity hashes, the element reference from the manifest, the
 * framework recipes from test/consumers/, the bench figures from bench/results.json, the renamed names. A page
 * of stories/manual/ holds `<!-- generated: name -->` where one goes; no file is rewritten by a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manualFigures } from '../bench/manual-figures.ts';
import { elementReference } from './element-reference.ts';
import { frameworkRecipes } from './framework-recipes.ts';
import { datasetSnippet, embedSnippet, languageSnippet } from './integrity.ts';
import { migrationTable } from './renamed.ts';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Each block by name. Before `npm run build` there are no hashes and no manifest: the blocks say so. */
export function manualBlocks(root: string): Record<string, string> {
  const { version } = readJson(join(root, 'package.json'));
  const built = (file: string) => existsSync(join(root, 'dist', file));
  const notBuilt = '_Run `npm run build` to see this here._';
  const integrity = built('cdn/integrity.json') ? readJson(join(root, 'dist/cdn/integrity.json')) : undefined;
  const languages = readdirSync(join(root, 'src/i18n/translations')).map((f) => f.slice(0, -3)).filter((code) => code !== 'en');
  return {
    'embed-snippet': integrity ? embedSnippet(version, integrity) : notBuilt,
    'dataset-snippet': integrity ? datasetSnippet(version, integrity) : notBuilt,
    'language-snippet': integrity ? languageSnippet(version, integrity, languages) : notBuilt,
    'element-reference': built('custom-elements.json') ? elementReference(readJson(join(root, 'dist/custom-elements.json'))) : notBuilt,
    'framework-recipes': frameworkRecipes(join(root, 'test/consumers/')),
    renamed: migrationTable(),
    ...Object.fromEntries(manualFigures(readJson(join(root, 'bench/results.json')))),
  };
}

/** A page of the manual with its blocks filled in; a block it names that does not exist is an error. */
export function fillManual(page: string, markdown: string, blocks: Record<string, string>): string {
  return markdown.replace(/<!-- generated: ([a-z-]+) -->/g, (_, name: string) => {
    if (!(name in blocks)) throw new Error(`stories/manual/${page}.md asks for a block "${name}" that scripts/build/manual-blocks.ts does not make`);
    return blocks[name];
  });
}
