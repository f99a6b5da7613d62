// Service worker: after the first visit the calculator opens and works with the network off.
// The files of the first screen are cached when the worker installs; the rest when first
// fetched (a first visit fetches the screens' chunks once it is idle) or when a later visit's
// page says it is idle ('warm': the other frameworks, the XLSX module, the published results). Every file is cached under a name that changes with each
// build (stamped by scripts/stamp-sw.mjs), so a new build is fetched on the next visit and old
// caches are dropped. Only this origin's files are ever cached or fetched.
const CACHE = 'spbe-__BUILD__';
const CORE = __CORE__;
const LATER = __LATER__;
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

// A later visit's page is idle: fetch what is not kept yet, one file after another.
self.addEventListener('message', (event) => {
  if (event.origin && event.origin !== self.location.origin) return;
  if (event.data === 'warm') {
    event.waitUntil(
      caches.open(CACHE).then(async (cache) => {
        for (const f of LATER) {
          if (!(await cache.match(f))) await cache.add(f).catch(() => {});
        }
      }),
    );
  }
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
