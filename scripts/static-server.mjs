// A tiny static file server for the release build (dist/), on 127.0.0.1 only.
// Used by scripts/serve, the Playwright tests and the browser benchmark.
//
// CLI:    node scripts/static-server.mjs [dir=dist] [port=8080]
// Module: const srv = await startServer({ root: 'dist', port: 0 }); srv.url; srv.requests; await srv.close();

import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Resolves a URL path to a file under root, or null if it is outside root or not a file.
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

export function startServer({ root = 'dist', port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(req.url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(base, req.url || '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const name = file.slice(base.length + 1);
    // Hashed names never change; index.html, sw.js and unhashed copies must be revalidated.
    const hashed = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(name);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({
        server,
        requests,
        url: `http://${host}:${actual}/`,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const parsed = Number.parseInt(port, 10);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    console.error(`bad port: ${port}`);
    process.exit(2);
  }
  startServer({ root: dir, port: parsed })
    .then(({ url }) => console.log(`serving ${dir} on ${url} (Ctrl+C to stop)`))
    .catch((err) => {
      console.error(`cannot serve on 127.0.0.1:${port}: ${err.message}`);
      process.exit(1);
    });
}
