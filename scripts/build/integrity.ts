import { createHash } from 'node:crypto';

/** The `integrity` attribute value for a file: its SHA-384 in base64. */
export const subresourceIntegrity = (content: Buffer): string =>
  `sha384-${createHash('sha384').update(content).digest('base64')}`;

type Integrity = Record<string, string>;

/** A pinned CDN script tag for one of dist/cdn's bundles, module or classic, with its integrity. */
function scriptTag(version: string, integrity: Integrity, file: string): string {
  const classic = file.endsWith('.iife.js');
  return [
    `<script${classic ? '' : ' type="module"'} src="https://cdn.jsdelivr.net/npm/tip-widgets@${version}/dist/cdn/${file}"${classic ? ' defer' : ''}`,
    `        integrity="${integrity[file]}" crossorigin="anonymous"></script>`,
  ].join('\n');
}

/** The manual's snippet for a pinned version, with the integrity of the bundles just built. */
export const embedSnippet = (version: string, integrity: Integrity): string =>
  [
    '```html',
    scriptTag(version, integrity, 'tip-widgets.js'),
    '',
    '<tip-stat-card stat="defendants-charged"></tip-stat-card>',
    '```',
    '',
    'Where the CMS strips `type="module"`, use the classic build instead:',
    '',
    '```html',
    scriptTag(version, integrity, 'tip-widgets.iife.js'),
    '```',
  ].join('\n');

/** The manual's snippet for a language: its file after the bundle, module and classic; and each language's integrity. */
export const languageSnippet = (version: string, integrity: Integrity, languages: string[]): string =>
  [
    '```html',
    scriptTag(version, integrity, 'tip-widgets.js'),
    scriptTag(version, integrity, 'lang/es.js'),
    '```',
    '',
    'Every language, as a module (`.js`) and as a classic script (`.iife.js`, after `tip-widgets.iife.js`):',
    '',
    '| File | `integrity` |',
    '| --- | --- |',
    ...languages.flatMap((code) => [`lang/${code}.js`, `lang/${code}.iife.js`]).map((file) => `| \`dist/cdn/${file}\` | \`${integrity[file]}\` |`),
  ].join('\n');

/** The manual's snippet for `<tip-dataset>`'s own script, placed before the widgets' one. */
export const datasetSnippet = (version: string, integrity: Integrity): string =>
  [
    '```html',
    scriptTag(version, integrity, 'dataset-checker.js'),
    scriptTag(version, integrity, 'tip-widgets.js'),
    '```',
    '',
    'or, as classic scripts, `dataset-checker.iife.js` then `tip-widgets.iife.js`:',
    '',
    '```html',
    scriptTag(version, integrity, 'dataset-checker.iife.js'),
    scriptTag(version, integrity, 'tip-widgets.iife.js'),
    '```',
  ].join('\n');
