// Rapport's service worker: keeps every file of one build so the app opens
// and works with no network after the first visit. This is a template:
// src/offline.mjs (a Trunk post-build step) fills in the build's id and its
// file list and writes it as sw.js next to index.html, so the worker's scope
// is wherever the app is hosted, a domain root or any sub-path.
//
// A new build has a new id, so the browser sees a changed sw.js, installs
// it beside the old one and leaves it waiting: the app shows a banner and
// the page moves to the new release only when the user asks ("skip-waiting").
const BUILD = '__BUILD__';
const FILES = __FILES__;
const CACHE = `rapport-${BUILD}`;

// Files whose names carry a content hash (or that live in the build's
// app-<hash>/ directory) never change, so the copies the
// first view already downloaded (in the HTTP cache) are the right ones and
// nothing is fetched twice. The others (index.html, the manifest, icons)
// skip the HTTP cache, so the precache never mixes two builds.
const HASHED = /\/app-[0-9a-f]{16}\/|-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(FILES.map((file) => new Request(file, { cache: HASHED.test(file) ? 'default' : 'reload' }))),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('rapport-') && key !== CACHE) await caches.delete(key);
      }
      // The page that installed the first worker works offline at once.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Other origins are never requested by the app; leave them to the browser.
  if (url.origin !== self.location.origin) return;
  // The app has two pages: join.html, which join links open, and
  // index.html for every other route (routes live in the fragment, which
  // never reaches the worker). Hosts that drop ".html" serve join.html as
  // "join".
  const navigate = request.mode === 'navigate';
  const join = navigate && /\/join(\.html)?$/.test(url.pathname);
  const index = navigate && (url.pathname.endsWith('/') || url.pathname.endsWith('/index.html'));
  const page = join ? './join.html' : index ? './index.html' : null;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = await cache.match(page ? new Request(page) : request, { ignoreSearch: page !== null });
      return cached || fetch(request);
    })(),
  );
});
