import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/web-components-vite/node';
import type { Plugin, PluginOption } from 'vite';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** vite.config.ts serves the demo page; these of its plugins have no place in Storybook. */
const DEMO_ONLY_PLUGINS = new Set(['tip-demo-at-root', 'tip-demo-prerendered']);

const withoutDemoPlugins = (plugins: PluginOption[] = []): PluginOption[] =>
  ((plugins as unknown[]).flat(Infinity) as PluginOption[]).filter((plugin) => !(plugin && 'name' in plugin && DEMO_ONLY_PLUGINS.has(plugin.name)));

const PRERENDERED_ID = 'virtual:tip-prerendered';

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
  viteFinal: (config) => ({ ...config, root: projectRoot, plugins: [...withoutDemoPlugins(config.plugins), prerenderedExamples] }),
});
