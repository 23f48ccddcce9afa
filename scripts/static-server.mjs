// A tiny static file server for the release build (dist/), on 127.0.0.1 only.
// Used by scripts/serve, the Playwright tests and the browser benchmark.
//
// CLI:    node scripts/static-server.mjs [dir=dist] [port=8080]
// Module: const srv = await startServer({ root: 'dist', port: 0 }); srv.url; srv.requests;
//         srv.throttle('_bg.wasm', 100) (a slow network for some files); await srv.close();

import { createReadStream, existsSync, statSync } from 'node:fs';
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

// Sends a file in 16 KB pieces, `pause` ms apart (a slow network, for the tests of progress).
function sendSlowly(file, res, pause) {
  const stream = createReadStream(file, { highWaterMark: 16 * 1024 });
  stream.on('data', (piece) => {
    stream.pause();
    res.write(piece);
    setTimeout(() => stream.resume(), pause);
  });
  stream.on('end', () => res.end());
}

export function startServer({ root = 'dist', port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const requests = [];
  // File name suffix → pause between 16 KB pieces (set by tests through `throttle`).
  const throttled = {};
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
    // A precompressed copy (NAME.gz, written by the build) when the browser takes gzip.
    const takesGzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const gzipped = takesGzip && !file.endsWith('.gz') && existsSync(`${file}.gz`) ? `${file}.gz` : null;
    const body = gzipped || file;
    const size = statSync(body).size;
    // Hashed names never change; index.html, sw.js and unhashed copies must be revalidated.
    const hashed = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(name);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Content-Length': String(size),
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const pause = Object.entries(throttled).find(([suffix]) => name.endsWith(suffix))?.[1];
    if (pause) {
      sendSlowly(body, res, pause);
      return;
    }
    createReadStream(body).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({
        server,
        requests,
        url: `http://${host}:${actual}/`,
        // Serve files whose name ends with `suffix` slowly (`pause` ms per 16 KB; 0 = normally).
        throttle: (suffix, pause) => {
          if (pause) throttled[suffix] = pause;
          else delete throttled[suffix];
        },
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
