import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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
        const page = (await readFile(`${src}demo/index.html`, 'utf8')).replace(
          /<a class="demo-switch" href="[^"]*">[^<]*<\/a>/,
          '<a class="demo-switch" href="./">Client-rendered</a>',
        );
        const html = await server.transformIndexHtml('/demo/prerendered.html', (await renderWidgets(page)).html);
        res.setHeader('content-type', 'text/html; charset=utf-8').end(html);
      } catch (error) {
        next(error);
      }
    });
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('./src/', import.meta.url)),
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  plugins: [demoAtRoot, demoPrerendered],
});
