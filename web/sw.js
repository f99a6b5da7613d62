// Service worker: after the first visit the calculator opens and works with the network off.
// Every file of the build is cached under a name that changes with each build (the build id is
// replaced by scripts/build.sh), so a new build is fetched on the next visit and old caches
// are dropped. Only this origin's files are ever cached or fetched.
const CACHE = 'spbe-__BUILD__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('spbe-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The page itself: the cached copy of this build (links differ only after '#').
  const url = new URL(request.url);
  const key = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key, { ignoreSearch: true }).then((hit) => hit || fetch(request)),
    ),
  );
});
