// ketluan's service worker. dist/sw.js is generated from static/sw.js by scripts/make-sw.mjs
// (a Trunk post_build hook), which fills in VERSION and PRECACHE from the built files.
const VERSION = '__KETLUAN_VERSION__';
const PRECACHE = ['__KETLUAN_FILES__'];
const CACHE = `ketluan-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith('ketluan-') && key !== CACHE).map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim()),
  );
});

// Cache first for same-origin GETs (what was not precached, such as lazy/, is cached at its first
// use); navigations fall back to the cached index.html.
async function respond(request, event) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  if (request.mode === 'navigate') {
    const index = await cache.match('./', { ignoreSearch: true });
    if (index) return index;
  }
  // lazy/ keeps its names from build to build (Trunk names a worker's files after its binary):
  // asked of the server again, never taken from the browser's HTTP cache of an older version.
  const lazy = new URL(request.url).pathname.includes('/lazy/');
  const response = await fetch(request, lazy ? { cache: 'no-cache' } : undefined);
  if (response.ok && response.type === 'basic') {
    // Stored while the worker is kept alive for it (a big file, pdf.js, takes a moment).
    event.waitUntil(cache.put(request, response.clone()));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request, event));
});
