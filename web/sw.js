// Offline support: network first (so a new build is picked up at once), and
// the last copy of each of the page's own files when the network is gone.
// Only same-origin GETs are touched; nothing is ever fetched from elsewhere.
const CACHE = 'corroborate-page-v1';

// What the page needs to start and run with no network (the sample story too).
const SHELL = ['./', 'index.html', 'style.css', 'app.js', 'dom.js', 'findings.js', 'sources.js', 'worker.js',
  'lib/index.js', 'lib/dist/corroborate-wasm.mjs', 'lib/dist/corroborate-wasm.wasm'];
const SAMPLE_INDEX = 'samples/sample-story/story.json';

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

async function precache() {
  const cache = await caches.open(CACHE);
  await cache.addAll(SHELL);
  try {
    const index = await (await fetch(SAMPLE_INDEX)).json();
    const base = new URL(SAMPLE_INDEX, self.location.href);
    await cache.addAll([SAMPLE_INDEX, ...index.articles.map((a) => new URL(a.file, base).href)]);
  } catch {
    // No sample story in this build: the page still works offline without it.
  }
}
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(networkThenCache(request));
});

async function networkThenCache(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (err) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw err;
  }
}
