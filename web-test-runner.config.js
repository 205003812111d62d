import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from './scripts/support/browser-executables.js';
import { firefoxLauncher } from './test/support/firefox-launcher.js';
import { leakProbePlugin } from './test/support/leak-probe-plugin.js';
import { webkitLauncher } from './test/support/webkit-launcher.js';

const LAUNCHERS = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
  firefox: () => firefoxLauncher(firefoxPath()),
  webkit: () => webkitLauncher(),
};
// All three engines by default; `TEST_BROWSERS=webkit` (or `chromium,firefox`) runs some.
const browserNames = (process.env.TEST_BROWSERS || 'chromium,firefox,webkit').split(',').map((name) => name.trim());
for (const name of browserNames) {
  if (!LAUNCHERS[name]) {
    console.error(`TEST_BROWSERS names "${name}": use chromium, firefox, webkit or a comma-separated list of them.`);
    process.exit(1);
  }
}

/** A local port nothing listens on (bound, then released), for a connection the browser sees refused. */
const refusingPort = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

/** Answers to `/pending/` requests, held until `/pending-release` (the browser keeps only 6 connections a host). */
const pending = new Set();

/**
 * Test-only paths for `<tip-dataset>`'s failures, with real network behaviour:
 * `/slow/<path>?delay=<ms>` serves `<path>` after a delay; `/reset/<path>` drops the connection unanswered;
 * `/pending/<path>` answers only once `/pending-release` is requested, so a load stays in progress for as long as
 * the test needs, however slow the machine.
 */
async function datasetFailures(context, next) {
  if (context.path.startsWith('/slow/')) {
    const delay = Math.min(Number(context.query.delay ?? 2000), 10_000);
    await new Promise((resolve) => setTimeout(resolve, delay));
    context.path = context.path.slice('/slow'.length);
  } else if (context.path.startsWith('/pending/')) {
    await new Promise((resolve) => pending.add(resolve));
    context.status = 503;
    return;
  } else if (context.path === '/pending-release') {
    for (const release of pending) release();
    pending.clear();
    context.status = 204;
    return;
  } else if (context.path.startsWith('/reset/')) {
    context.respond = false;
    context.req.socket.destroy();
    return;
  }
  return next();
}

/**
 * esbuild turns JSON into a module for the widgets' `import` of the bundled dataset; JSON that a page
 * fetches (sec-fetch-dest: empty) must stay JSON, and be cached apart from the module, on the server
 * (transformCacheKey) and in the browser (Vary).
 */
function jsonModulesOnlyForImports(plugin) {
  const fetchedJson = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') !== 'script';
  const fetchedJsonMiddleware = async (context, next) => {
    await next();
    if (context.path.endsWith('.json')) context.vary('Sec-Fetch-Dest');
  };
  const wrapped = {
    resolveMimeType: (context) => (fetchedJson(context) ? undefined : plugin.resolveMimeType(context)),
    transform: (context) => (fetchedJson(context) ? undefined : plugin.transform(context)),
    transformCacheKey: async (context) => [fetchedJson(context) ? 'fetched' : '', await plugin.transformCacheKey?.(context)].join(''),
  };
  const wrappedPlugin = new Proxy(plugin, {
    get(target, name) {
      if (name in wrapped) return wrapped[name];
      const value = Reflect.get(target, name);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { plugin: wrappedPlugin, middleware: fetchedJsonMiddleware };
}

/**
 * `/prerendered/<path>`: the page at `<path>` as tip-widgets/ssr renders it, by the built renderer (dist/, which
 * `npm test` builds first), so the browser tests see what a static site's build would serve; `?stylesheets=URL`
 * renders the form that links each widget's stylesheet.
 */
async function prerendered(context, next) {
  if (!context.path.startsWith('/prerendered/')) return next();
  const { renderWidgets } = await import('./dist/ssr/render-widgets.js');
  const page = await readFile(new URL(`.${context.path.slice('/prerendered'.length)}`, import.meta.url), 'utf8');
  context.type = 'html';
  // A <tip-dataset src> on the page is read from the repository, as the CLI reads it from a site's folder.
  const loadDataset = async (src) => {
    const { pathname } = new URL(src, 'http://x/');
    return (await scaledDatasetAt(pathname)) ?? JSON.parse(await readFile(new URL(`.${pathname}`, import.meta.url), 'utf8'));
  };
  context.body = (await renderWidgets(page, { stylesheets: context.query.stylesheets, loadDataset })).html;
}

/** `/generated/dataset-<N>.json`: the bundled dataset grown to N events and recommendations (the bench's long lists). */
async function scaledDatasetAt(pathname) {
  const size = /^\/generated\/dataset-(\d+)\.json$/.exec(pathname)?.[1];
  if (!size) return undefined;
  const { tsImport } = await import('tsx/esm/api');
  const { scaledDataset } = await tsImport('./scripts/bench/scaled-dataset.ts', { parentURL: import.meta.url, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) });
  const bundled = JSON.parse(await readFile(new URL('./data/dataset.json', import.meta.url), 'utf8'));
  return scaledDataset(bundled, Number(size));
}

async function generatedDatasets(context, next) {
  const dataset = await scaledDatasetAt(context.path);
  if (!dataset) return next();
  context.type = 'json';
  context.body = JSON.stringify(dataset);
}

// Decorators must be compiled: the browser cannot parse them.
const esbuild = jsonModulesOnlyForImports(esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }));

export default {
  // The heavy suites (fuzz, long lists, host CSS, leaks) run as their own group, each suite with room
  // for its length (a group takes no mocha options); `npm run test:browser -- --group heavy` runs them alone.
  files: ['test/**/*.test.ts', '!test/node/**', '!test/heavy/**', '!test/consumers/**'],
  groups: [{ name: 'heavy', files: 'test/heavy/**/*.test.ts' }],
  // One browser at a time, one file at a time: no suite shares the machine's two cores with another,
  // so none passes or fails by how busy the machine is.
  concurrentBrowsers: 1,
  concurrency: 1,
  nodeResolve: true,
  middleware: [esbuild.middleware, datasetFailures, prerendered, generatedDatasets],
  plugins: [
    esbuild.plugin,
    leakProbePlugin(),
    {
      name: 'refusing-url',
      executeCommand: ({ command }) => (command === 'refusing-url' ? `http://127.0.0.1:${refusingPort}/dataset.json` : undefined),
    },
  ],
  browsers: browserNames.map((name) => LAUNCHERS[name]()),
  // Every test file runs after test/support/readable-failures.ts: a failure about a DOM node must report, not hang.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/support/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  // Generous: a busy machine makes a test slower, never red (see waitFor in test/support/widget-fixture.ts).
  testFramework: { config: { timeout: 60_000 } },
};
