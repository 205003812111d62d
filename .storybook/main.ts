import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/web-components-vite/node';
import type { Plugin, PluginOption } from 'vite';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** vite.config.ts serves the demo page; these of its plugins have no place in Storybook. */
const DEMO_ONLY_PLUGINS = new Set(['tip-demo-at-root', 'tip-demo-prerendered', 'tip-built-manual']);

const withoutDemoPlugins = (plugins: PluginOption[] = []): PluginOption[] =>
  ((plugins as unknown[]).flat(Infinity) as PluginOption[]).filter((plugin) => !(plugin && 'name' in plugin && DEMO_ONLY_PLUGINS.has(plugin.name)));

const PRERENDERED_ID = 'virtual:tip-prerendered';
const MANUAL_ID = 'virtual:tip-manual';
const MANUAL_DIR = `${projectRoot}stories/manual/`;

/**
 * `virtual:tip-manual`: each page of stories/manual/, by file name, with its generated blocks filled in from the
 * build, the manifest, the consumer projects and bench/results.json (scripts/build/manual-blocks.ts).
 */
const manualPages: Plugin = {
  name: 'tip-manual',
  resolveId: (id) => (id === MANUAL_ID ? `\0${MANUAL_ID}` : undefined),
  async load(id) {
    if (id !== `\0${MANUAL_ID}`) return undefined;
    const { fillManual, manualBlocks } = await import('../scripts/build/manual-blocks.ts');
    const blocks = manualBlocks(projectRoot);
    const pages = Object.fromEntries(
      readdirSync(MANUAL_DIR)
        .filter((file) => file.endsWith('.md'))
        .map((file) => {
          this.addWatchFile(MANUAL_DIR + file);
          const page = file.slice(0, -3);
          return [page, fillManual(page, readFileSync(MANUAL_DIR + file, 'utf8'), blocks)];
        }),
    );
    return `export default ${JSON.stringify(pages)};`;
  },
};

/** Widgets as `tip-widgets render` writes them: the command, run from the sources in its own Node process. */
const render = (html: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/ssr/cli.ts', 'render'], { cwd: projectRoot, input: html, encoding: 'utf8' });

/**
 * `virtual:tip-prerendered`: the Pre-rendered docs page's examples, rendered while Storybook builds, so the page
 * shows the renderer's real output.
 */
const prerenderedExamples: Plugin = {
  name: 'tip-prerendered-examples',
  resolveId: (id) => (id === PRERENDERED_ID ? `\0${PRERENDERED_ID}` : undefined),
  load(id) {
    if (id !== `\0${PRERENDERED_ID}`) return undefined;
    const widgets = '<tip-stat-card stat="defendants-charged" theme="light"></tip-stat-card>\n<task-force-timeline from="2012" to="2012" heading-level="3" theme="light"></task-force-timeline>';
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pre-rendered widgets, without JavaScript</title><style>body{margin:1rem;font-family:system-ui,sans-serif;display:grid;gap:1.5rem}</style></head><body>${widgets}</body></html>`;
    return `export const fragment = ${JSON.stringify(render(widgets))};\nexport const page = ${JSON.stringify(render(page))};`;
  },
};

export default defineMain({
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // vite.config.ts roots Vite in src/ for the demo; Storybook resolves from the project root.
  viteFinal: (config) => ({ ...config, root: projectRoot, plugins: [...withoutDemoPlugins(config.plugins), prerenderedExamples, manualPages] }),
});
