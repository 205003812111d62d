import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/web-components-vite/node';
import type { PluginOption } from 'vite';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** vite.config.ts serves the demo page; these of its plugins have no place in Storybook. */
const DEMO_ONLY_PLUGINS = new Set(['tip-demo-at-root', 'tip-demo-prerendered']);

const withoutDemoPlugins = (plugins: PluginOption[] = []): PluginOption[] =>
  ((plugins as unknown[]).flat(Infinity) as PluginOption[]).filter((plugin) => !(plugin && 'name' in plugin && DEMO_ONLY_PLUGINS.has(plugin.name)));

export default defineMain({
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // vite.config.ts roots Vite in src/ for the demo; Storybook resolves from the project root.
  viteFinal: (config) => ({ ...config, root: projectRoot, plugins: withoutDemoPlugins(config.plugins) }),
});
