// A tiny static file server for the demo, screenshots and benchmarks (loopback only, no dependencies).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.php': 'text/plain; charset=utf-8',
};

/**
 * Serve `root` on 127.0.0.1. `routes` maps a URL path to a file path relative to root ('/' → 'demo/index.html').
 * `headers(path)` may add response headers (e.g. a CSP for hostile-world pages).
 */
export function startStaticServer({ root, port = 0, routes = {}, redirects = {}, headers = () => ({}) }) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (redirects[url.pathname]) {
      res.writeHead(302, { Location: redirects[url.pathname] }).end();
      return;
    }
    let path = routes[url.pathname] ?? decodeURIComponent(url.pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...headers(url.pathname) });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => resolvePromise({ server, url: `http://127.0.0.1:${server.address().port}` }));
  });
}
