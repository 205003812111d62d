/**
 * The framework types, from the Custom Elements Manifest by the maintained generators, into dist/types/:
 * jsx.d.ts (React 19, Preact, Solid, and the other JSX runtimes the generator knows), vue.d.ts (Vue 3's
 * GlobalComponents) and svelte.d.ts (Svelte 5's elements, over jsx.d.ts); and dist/web-types.json for
 * JetBrains editors. Each output the build patches is checked for the text it replaces, so a generator
 * update that changes it fails the build instead of shipping unpatched types.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

/** The abstract base every element extends: it has no tag. */
const exclude = ['TipElement'];

/** Replaces `from` in a generated file; throws when nothing matches. */
function patch(file: string, from: string | RegExp, to: string | ((...match: string[]) => string)) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to as string); // one call for both forms of String.replace
  if (next === text) throw new Error(`${file}: nothing matched ${from}; check the generator's output`);
  writeFileSync(file, next);
}

export function writeFrameworkTypes(root: string, pkg: { name: string; version: string }) {
  const manifestText = readFileSync(`${root}dist/custom-elements.json`, 'utf8');
  // Each generator mutates the manifest it is given (and jsx-types caches it): each gets its own copy.
  const manifest = () => JSON.parse(manifestText);
  const outdir = `${root}dist/types`;
  mkdirSync(outdir, { recursive: true });
  // Each declaration's types from its own module's .d.ts (src/components/x/x.ts is dist/components/x/x.js).
  const componentTypePath = (_name: string, _tag?: string, modulePath = '') =>
    `../${modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;

  generateJsxTypes(manifest(), {
    outdir,
    fileName: 'jsx.d.ts',
    exclude,
    componentTypePath,
    stronglyTypedEvents: true,
    includeDefaultDOMEvents: true,
    excludeCssCustomProperties: true,
  });
  // React 19 passes a ref object ({ current }) or a callback that may return a cleanup function.
  patch(
    `${outdir}/jsx.d.ts`,
    '  ref?: (T | ((e: T) => void)) | undefined;',
    '  ref?: T | ((e: T | null) => void | (() => void)) | { current: T | null } | null | undefined;',
  );

  generateVuejsTypes(manifest(), { outdir, fileName: 'vue.d.ts', exclude, componentTypePath, hideLogs: true });
  // vue-tsc types `@tip-error` from a prop named onTipError (it camelizes the event); the generator writes "ontip-error".
  patch(`${outdir}/vue.d.ts`, /"on([a-z][a-z0-9-]*)"\?:/g, (_match, event) =>
    `on${event.replace(/(^|-)([a-z0-9])/g, (_m: string, _dash: string, c: string) => c.toUpperCase())}?:`,
  );

  // Svelte 5: custom-element-svelte-integration writes Svelte 4's svelteHTML namespace, which Svelte 5's
  // checker no longer reads; this small file maps the JSX types onto svelte/elements instead.
  copyFileSync(new URL('./svelte-elements.d.ts', import.meta.url), `${outdir}/svelte.d.ts`);

  const webTypes = JSON.parse(getWebTypesData(manifest(), { exclude, typesSrc: 'parsedType', hideLogs: true }));
  writeFileSync(`${root}dist/web-types.json`, `${JSON.stringify({ ...webTypes, name: pkg.name, version: pkg.version }, null, 2)}\n`);
}
