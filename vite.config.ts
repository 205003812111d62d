import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { prerenderedDemoSource, releaseJson } from './scripts/build/site.ts';
import { staticFiles } from './scripts/support/static-server.ts';

const src = fileURLToPath(new URL('./src/', import.meta.url));

/** `npm start` opens on the demo page (src/demo/index.html). */
const demoAtRoot: Plugin = {
  name: 'tip-demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.writeHead(302, { Location: '/demo/' }).end();
    });
  },
};

/**
 * `/demo/prerendered.html`: the demo page as tip-widgets/ssr renders it (from the sources, on each request),
 * which the page's own script then takes over: what a static site's build step would serve.
 */
const demoPrerendered: Plugin = {
  name: 'tip-demo-prerendered',
  configureServer(server) {
    server.middlewares.use(async (req, res, next) => {
      if (req.url !== '/demo/prerendered.html') return next();
      try {
        const { renderWidgets } = await server.ssrLoadModule('/ssr/render-widgets.ts');
        const page = prerenderedDemoSource(await readFile(`${src}demo/index.html`, 'utf8'));
        const html = await server.transformIndexHtml('/demo/prerendered.html', (await renderWidgets(page)).html);
        res.setHeader('content-type', 'text/html; charset=utf-8').end(html);
      } catch (error) {
        next(error);
      }
    });
  },
};

/**
 * `/builder/release.json`: the version and integrity hashes the embed builder pins its snippet to, from the last
 * `npm run build` (none before it: the builder then says the hashes come with a build), and the manifest its form
 * comes from (`npm start` writes it first).
 */
const builderRelease: Plugin = {
  name: 'tip-builder-release',
  configureServer(server) {
    server.middlewares.use(async (req, res, next) => {
      if (req.url !== '/builder/release.json') return next();
      const read = (path: string) => readFile(new URL(path, import.meta.url), 'utf8').then(JSON.parse);
      const { version } = await read('./package.json');
      const integrity = await read('./dist/cdn/integrity.json').catch(() => undefined);
      const manifest = await read('./dist/custom-elements.json');
      res.setHeader('content-type', 'application/json').end(releaseJson(version, integrity, manifest));
    });
  },
};

/**
 * `/manual/`: the manual as the last `npm run build` wrote it (dist/site/manual/); before any build, a page that
 * says how to get it. `npm run storybook` serves it live.
 */
const builtManual: Plugin = {
  name: 'tip-built-manual',
  configureServer(server) {
    const manual = fileURLToPath(new URL('./dist/site/manual/', import.meta.url));
    const serveManual = staticFiles(manual);
    server.middlewares.use('/manual', (req, res) => {
      // Its pages load what lies beside them: from /manual, that would be the site's root.
      if (req.originalUrl === '/manual') return void res.writeHead(302, { Location: '/manual/' }).end();
      if (existsSync(manual)) return serveManual(req, res);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><meta charset="utf-8"><title>The manual</title><p>The manual is built by <code>npm run build</code> (then reload this page), or served live by <code>npm run storybook</code>.</p></html>');
    });
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('./src/', import.meta.url)),
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  plugins: [demoAtRoot, demoPrerendered, builderRelease, builtManual],
});
