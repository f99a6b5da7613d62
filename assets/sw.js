// Service worker: after the first visit the calculator opens and works with the network off.
// The files of the first screen are cached when the worker installs; the rest when first
// fetched, or when the page says it is idle (below). Every file is cached under a name that
// changes with each build (stamped by scripts/stamp-sw.mjs), so a new build is fetched on the
// next visit and old caches are dropped. Only this origin's files are ever cached or fetched.
const CACHE = 'spbe-__BUILD__';
const CORE = __CORE__;
const LATER = __LATER__;
// What a first visit's page asks for once idle (scripts/sizes.mjs: firstVisitFiles, the list
// its byte budget counts; all of them are in LATER too).
const FIRST = __FIRST__;
const FILES = new Set([...CORE, ...LATER].map((f) => new URL(f, self.location).pathname));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(CORE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('spbe-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page is idle: fetch, one file after another, what is not kept yet. A first visit's page
// asks for the screens' chunks ('warm-first': the worker fetches them, so the page spends no
// time on them until a screen is opened; it is told on the port it sent when all are kept), a
// later visit's page for everything else ('warm': the other frameworks, the XLSX module, the
// published results).
self.addEventListener('message', (event) => {
  if (event.origin && event.origin !== self.location.origin) return;
  const list = event.data === 'warm' ? LATER : event.data === 'warm-first' ? FIRST : null;
  if (!list) return;
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      let kept = true;
      for (const f of list) {
        if (!(await cache.match(f))) await cache.add(f).catch(() => { kept = false; });
      }
      event.ports[0]?.postMessage(kept ? 'kept' : 'failed');
    }),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The page itself: the cached copy of this build (links differ only after '#').
  const key = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key, { ignoreSearch: true }).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            // A file of this build fetched for the first time is kept for offline use.
            if (response.ok && FILES.has(url.pathname)) cache.put(key, response.clone());
            return response;
          }),
      ),
    ),
  );
});
