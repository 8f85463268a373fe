// The app shell is cached so the app opens without a network. Shell files are fetched from the
// network first (a new release arrives at the next visit) and from the cache when that fails.
// API calls are never touched: personal data is not cached here, and a check-in made offline
// waits in IndexedDB (js/outbox.js), not in this worker.
const CACHE = 'hugmenow-shell-v1';
const SHELL = [
  './', 'index.html', 'manifest.webmanifest', 'css/app.css', 'icons/icon-192.png', 'icons/icon-512.png',
  'js/main.js', 'js/messages.js', 'js/auth.js', 'js/api.js', 'js/i18n.js', 'js/outbox.js', 'js/live.js', 'js/ui.js', 'js/format.js',
  'js/views/checkin.js', 'js/views/history.js', 'js/views/hugs.js', 'js/views/connections.js',
  'js/views/notifications.js', 'js/views/content.js', 'js/views/me.js'
];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k !== CACHE).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith('/app/')) {
    return;
  }
  // The sign-in callback carries a one-time code in its query: the cached shell answers for it offline too.
  const key = request.mode === 'navigate' ? new URL('./', self.location).href : request;
  event.respondWith(fetch(request).then(response => {
    if (response.ok && request.mode !== 'navigate') {
      const copy = response.clone();
      caches.open(CACHE).then(cache => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(key).then(hit => hit || Response.error())));
});
