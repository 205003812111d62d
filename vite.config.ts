import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: fileURLToPath(new URL('./src/', import.meta.url)),
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  plugins: [demoAtRoot],
});
