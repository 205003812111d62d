import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Answers a request with a file of `dir` (a folder's `index.html`), never one outside it; 404 where there is none. */
export function staticFiles(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = normalize(dir);
  return (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Chromium asks for it by itself; a 404 would be logged as a console error against the page.
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let file = root;
    try {
      file = normalize(join(root, decodeURIComponent(pathname)));
      if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) throw new Error('outside');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  };
}

/**
 * Serves a folder's files, and nothing outside it, on 127.0.0.1: at a free port unless `port` is
 * given. The bench, the story check, the tests that load real files and `npm start`'s /manual/ share it.
 */
export async function serveDirectory(dir: string, { port = 0 } = {}): Promise<StaticServer> {
  const server = createServer(staticFiles(dir));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new Error(`cannot serve ${dir} on 127.0.0.1:${port} (${error.message})`)));
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // A browser that is still open keeps its pooled connections: without this, close waits for them to time out.
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${bound}`, close };
}
