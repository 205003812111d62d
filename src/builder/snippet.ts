import type { WidgetTag } from '../shared/widget-tags.ts';

/** What the built site knows of the release the snippet pins: its version and each CDN file's integrity. */
export interface Release {
  version: string;
  /** dist/cdn/integrity.json; absent where nothing is built yet (`npm start` before `npm run build`). */
  integrity?: Record<string, string>;
  /** In the built site (dist/site/), its own script-tag files' folder, relative to the builder: `../cdn/`. */
  site?: string;
}

/** What an editor chose. */
export interface EmbedChoice {
  tag: WidgetTag;
  /** The attributes that differ from their defaults: a value, or `true` for a boolean one. */
  attributes: [name: string, value: string | true][];
  /** `--tip-*` custom properties and their values. */
  properties: [name: string, value: string][];
  /** The language's table, where it is not English: `es`. */
  language?: string;
  /** The preview's height at the chosen width, in CSS px, for the reserve CSS. */
  height?: number;
  /** The file name of the editor's own dataset, which the snippet loads through `<tip-dataset src>`. */
  datasetFile?: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Where the script files are served from: the jsDelivr CDN, pinned to the release; the editor's own site, where
 * the package's dist/cdn/ folder is copied to /tip-widgets/ (no third party then sees the page's readers); or the
 * site this builder is published on (dist/site/ deployed), whose cdn/ folder already holds them, at its address.
 */
export type Host = 'cdn' | 'self' | { site: string };
/** The folder of the editor's own site the self-hosted snippet loads from. */
export const SELF_HOSTED_FOLDER = '/tip-widgets/';

function scriptTag({ version, integrity }: Release, file: string, host: Host): string {
  const classic = file.endsWith('.iife.js');
  const hash = integrity?.[file];
  const src =
    host === 'cdn' ? `https://cdn.jsdelivr.net/npm/tip-widgets@${version}/dist/cdn/${file}` : host === 'self' ? `${SELF_HOSTED_FOLDER}${file}` : `${host.site}${file}`;
  return `<script${classic ? '' : ' type="module"'} src="${src}"${classic ? ' defer' : ''}${
    hash ? `\n        integrity="${hash}" crossorigin="anonymous"` : ''
  }></script>`;
}

/** The scripts, in the order they must load: the dataset checker for own data, the bundle, the language. */
function scripts(release: Release, choice: EmbedChoice, classic: boolean, host: Host): string {
  const extension = classic ? '.iife.js' : '.js';
  const files = [...(choice.datasetFile ? ['dataset-checker'] : []), 'tip-widgets', ...(choice.language ? [`lang/${choice.language}`] : [])];
  return files.map((file) => scriptTag(release, `${file}${extension}`, host)).join('\n');
}

/** The element with only the attributes that differ from their defaults, in its `<tip-dataset>` for own data. */
export function elementHtml(choice: EmbedChoice): string {
  const attributes = choice.attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const element = `<${choice.tag}${attributes}></${choice.tag}>`;
  // The file name as a URL: a space, `#` or `?` in it would otherwise cut the address short.
  const src = encodeURI(choice.datasetFile ?? '').replace(/[?#]/g, encodeURIComponent);
  return choice.datasetFile ? `<tip-dataset src="${escapeAttribute(src)}">\n  ${element}\n</tip-dataset>` : element;
}

/** The brand's `--tip-*` rules, and the space to reserve while the script loads. */
export function cssRules(choice: EmbedChoice): string {
  const rules: string[] = [];
  if (choice.properties.length) rules.push(`${choice.tag} {\n${choice.properties.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`);
  if (choice.height) rules.push(`${choice.tag}:not(:defined) { display: block; min-height: ${Math.ceil(choice.height)}px; }`);
  return rules.join('\n');
}

/** The snippet in the two places it goes: the page's head (the CSS and the scripts), and where the widget appears. */
export interface SnippetParts {
  head: string;
  element: string;
}

/** The snippet for a page, its scripts from `host`, as modules or as the classic files. */
export function pageSnippet(release: Release, choice: EmbedChoice, { host = 'cdn', classic = false }: { host?: Host; classic?: boolean } = {}): SnippetParts {
  const css = cssRules(choice);
  const style = css ? `<style>\n${css}\n</style>\n` : '';
  return { head: `${style}${scripts(release, choice, classic, host)}`, element: elementHtml(choice) };
}

/**
 * The command that pre-renders a page holding the snippet, for a site whose build can run it: the widget then
 * reads without JavaScript. Its language is the element's `locale`; its own dataset is read beside the page.
 */
export const RENDER_COMMAND = 'npx tip-widgets render --write your-page.html';
