/**
 * `npm run build`: everything that ships, into dist/.
 * - dist/*.js, dist/components/..: the npm build, ES modules that import lit as a dependency, with .d.ts
 * - dist/cdn/tip-widgets.js (module) and tip-widgets.iife.js (classic script): self-contained script-tag
 *   bundles of the four widgets with Lit and the dataset inside; dataset-checker.js and dataset-checker.iife.js,
 *   the checker <tip-dataset> runs on a page's own data (tip-dataset.js, .iife.js: the same, under the name it had
 *   before 0.2.0, until 0.3.0; see scripts/build/renamed.ts); integrity.json with their Subresource Integrity hashes; styles/<tag>.css,
 *   each widget's styles for pre-rendered pages that link them (tip-widgets/ssr)
 * - dist/custom-elements.json and dist/vscode.html-custom-data.json for docs, Storybook and editors
 * - dist/types/{jsx,vue,svelte}.d.ts and dist/web-types.json: the elements typed for frameworks and JetBrains
 * - dist/site/: the manual (manual/, the Storybook site), the embed builder (builder/), the demo and the demo
 *   pre-rendered (demo/), and the script-tag files (cdn/): plain files with relative links for any static host
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { writeFrameworkTypes } from './build/framework-types.ts';
import { subresourceIntegrity } from './build/integrity.ts';
import { minifyLiterals } from './build/minify-literals.ts';
import { shippedDataset } from './build/shipped-dataset.ts';
import { RENAMED_SCRIPT_FILES } from './build/renamed.ts';
import { scriptGuard } from './build/script-guard.ts';
import { prerenderedDemoSource, releaseJson, siteIndex } from './build/site.ts';
import { vscodeCustomData } from './build/vscode-custom-data.ts';
import { WIDGET_TAGS } from '../src/shared/widget-tags.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

const tags = readdirSync(`${root}src`).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
/** The languages a page adds beside English, each its own file: src/i18n/translations/<code>.ts. */
const languages = readdirSync(`${root}src/i18n/translations`).map((f) => f.slice(0, -3)).filter((code) => code !== 'en');
const entries = Object.fromEntries([
  ['index', 'src/index.ts'],
  ...tags.map((tag) => [tag, `src/${tag}.ts`]),
  ...tags.map((tag) => [`components/${tag}/${tag}`, `src/components/${tag}/${tag}.ts`]),
  ['shared/widget-tags', 'src/shared/widget-tags.ts'], // tip-widgets/tags
  ['ssr/render-widgets', 'src/ssr/render-widgets.ts'], // tip-widgets/ssr, for Node
  ['ssr/cli', 'src/ssr/cli.ts'], // the tip-widgets command
  ...languages.map((code) => [`i18n/translations/${code}`, `src/i18n/translations/${code}.ts`]), // tip-widgets/translations/<code>.js
]);
const dependencies = [/^node:/, ...Object.keys(pkg.dependencies).map((name) => new RegExp(`^${name}($|/)`))];

const shared: InlineConfig = { configFile: false, root, logLevel: 'warn', plugins: [minifyLiterals(), shippedDataset()] };

rmSync(`${root}dist`, { recursive: true, force: true });

await build({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: dependencies,
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
});

/** The self-contained script-tag bundles: each as a module and as a classic script; a language each, in lang/. */
const CDN_BUNDLES: Record<string, string> = {
  'tip-widgets': 'src/cdn/tip-widgets.ts',
  'dataset-checker': 'src/cdn/dataset-checker.ts',
  ...Object.fromEntries(languages.map((code) => [`lang/${code}`, `src/i18n/translations/${code}.ts`])),
};
for (const [name, entry] of Object.entries(CDN_BUNDLES)) {
  await build({
    ...shared,
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      lib: {
        entry,
        formats: ['es', 'iife'],
        // A language's classic script adds its table to one global, TipWidgetsLanguages, as well as registering it.
        name: name.startsWith('lang/') ? 'TipWidgetsLanguages' : 'TipWidgets',
        fileName: (format) => (format === 'es' ? `${name}.js` : `${name}.iife.js`),
      },
      // Nearly every function of a script-tag bundle runs as the page loads: the hint has Chromium
      // compile them on the thread that streams the script, not one by one on the page's main thread.
      rolldownOptions: {
        output: {
          minify: true,
          extend: true,
          postBanner: '//# allFunctionsCalledOnLoad',
          ...(name === 'tip-widgets' ? scriptGuard(pkg.version) : {}),
        },
      },
    },
  });
}

// Each widget's shadow-root styles as a file, for pre-rendered pages under a strict CSP (tip-widgets/ssr).
const { elementStylesheet } = await import(`${root}dist/ssr/render-widgets.js`);
const { withoutScriptCss } = await import(`${root}dist/ssr/without-script.js`);
mkdirSync(`${root}dist/cdn/styles`, { recursive: true });
for (const tag of WIDGET_TAGS) writeFileSync(`${root}dist/cdn/styles/${tag}.css`, elementStylesheet(tag));
writeFileSync(`${root}dist/cdn/styles/without-script.css`, withoutScriptCss());

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8'));
writeFileSync(`${root}dist/vscode.html-custom-data.json`, `${JSON.stringify(vscodeCustomData(manifest), null, 2)}\n`);
writeFrameworkTypes(root, pkg);

// The files renamed in 0.2.0, still shipped under their old names, byte for byte, until 0.3.0.
for (const [old, name] of Object.entries(RENAMED_SCRIPT_FILES)) {
  for (const extension of ['.js', '.iife.js']) copyFileSync(`${root}dist/cdn/${name}${extension}`, `${root}dist/cdn/${old}${extension}`);
}

const integrity = Object.fromEntries(
  [...Object.keys(CDN_BUNDLES), ...Object.keys(RENAMED_SCRIPT_FILES)]
    .flatMap((name) => [`${name}.js`, `${name}.iife.js`])
    .map((file) => [file, subresourceIntegrity(readFileSync(`${root}dist/cdn/${file}`))]),
);
writeFileSync(`${root}dist/cdn/integrity.json`, `${JSON.stringify(integrity, null, 2)}\n`);

// The static site, plain files with no request to any other host: the demo, the demo pre-rendered (which the
// demo's own script takes over) and the embed builder, with the release its snippets pin.
await build({
  configFile: false,
  root: `${root}src`,
  base: './',
  logLevel: 'warn',
  plugins: [minifyLiterals(), shippedDataset()],
  build: {
    outDir: `${root}dist/site`,
    emptyOutDir: true,
    rolldownOptions: { input: { demo: `${root}src/demo/index.html`, builder: `${root}src/builder/index.html` } },
  },
});
const { renderWidgets } = await import(`${root}dist/ssr/render-widgets.js`);
const demo = prerenderedDemoSource(readFileSync(`${root}dist/site/demo/index.html`, 'utf8'));
writeFileSync(`${root}dist/site/demo/prerendered.html`, (await renderWidgets(demo)).html);
writeFileSync(`${root}dist/site/builder/release.json`, releaseJson(pkg.version, integrity, manifest, '../cdn/'));

// The script-tag files beside the site's pages, which the builder served from there points its snippet at.
cpSync(`${root}dist/cdn`, `${root}dist/site/cdn`, { recursive: true });
writeFileSync(`${root}dist/site/index.html`, siteIndex(pkg.version));
// The manual: the Storybook site, whose pages fill in the snippets, reference and figures from what was just built.
run('npx', ['storybook', 'build', '--quiet', '--disable-telemetry', '--output-dir', 'dist/site/manual']);

console.log(`Built dist/ for tip-widgets ${pkg.version}: ${tags.join(', ')}.`);
