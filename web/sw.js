// article-analyser's service worker: after a first visit the page and the analyser work offline, and the 4 MB
// module is read from the cache instead of the network.
//   - pages (navigations): the network first, the cache when offline;
//   - everything else of this site: the cache first, refreshed in the background (stale-while-revalidate); the
//     core's glue, its .wasm and the model are refreshed together, so a new glue never meets an old .wasm.
// Turn it off: <meta name="aa-service-worker" content="off"> in index.html (the page then unregisters it), or
// delete this file (the registration fails quietly), or open the page with ?nosw. docs/embedding.md has more.
const CACHE = 'article-analyser-v1';
const CORE = ['article-analyser-core.mjs', 'article-analyser-core.wasm', 'entities.bin'];
const PRECACHE = ['./', 'index.html', 'app.css', 'article-analyser.css', 'app.mjs', 'aa-view.mjs', 'article-analyser.mjs',
                  'article-analyser-worker.mjs', 'corrections.mjs', 'balance.mjs', 'name-gender.mjs', 'exports.mjs',
                  'language.mjs', 'sample-article.txt', ...CORE];

self.addEventListener('install', (event) => {
  // force-cache: the files the first visit just loaded come from the HTTP cache, not a second download (the
  // demo server sends no validators, so a revalidation would fetch the 4 MB module again).
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(
      PRECACHE.map((p) => cache.add(new Request(p, {cache: 'force-cache'})).catch(() => {})))));
  self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith('article-analyser-') && name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

const isCore = (url) => CORE.some((c) => url.pathname.endsWith(`/${c}`));

// The core is refreshed only when the server's copy differs (a HEAD request: its length, ETag or Last-Modified),
// at most once a minute: no 4 MB download on every visit.
let lastCheck = 0;
async function refreshCore(cache, scope) {
  const now = Date.now();
  if (now - lastCheck < 60_000) return;
  lastCheck = now;
  const wasm = new URL(CORE[1], scope);
  const cached = await cache.match(wasm);
  if (cached) {
    const head = await fetch(wasm, {method: 'HEAD', cache: 'no-cache'}).catch(() => null);
    if (!head || !head.ok) return;
    const same = ['content-length', 'etag', 'last-modified'].every((h) => head.headers.get(h) === cached.headers.get(h));
    if (same) return;
  }
  const responses = await Promise.all(CORE.map((c) => fetch(new URL(c, scope), {cache: 'no-cache'}).catch(() => null)));
  if (responses.every((r) => r && r.ok)) await Promise.all(responses.map((r, i) => cache.put(new URL(CORE[i], scope), r)));
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    event.respondWith((async () => {
      try {
        const fresh = await fetch(req);
        if (fresh.ok) (await caches.open(CACHE)).put(new URL('index.html', self.registration.scope), fresh.clone());
        return fresh;
      } catch {
        const cached = await caches.match(new URL('index.html', self.registration.scope));
        if (cached) return cached;
        throw new Error('offline and not cached');
      }
    })());
    return;
  }
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const key = new URL(url.pathname, url.origin);  // no query strings: one copy a file
    const cached = await cache.match(key);
    const refresh = isCore(url) ? refreshCore(cache, self.registration.scope)
                                : fetch(req).then((r) => (r.ok ? cache.put(key, r.clone()).then(() => r) : r));
    if (cached) {
      event.waitUntil(refresh.catch(() => {}));
      return cached;
    }
    if (isCore(url)) {
      await refresh.catch(() => {});
      const now = await cache.match(key);
      return now ?? fetch(req);
    }
    return refresh;
  })());
});
