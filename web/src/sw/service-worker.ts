/**
 * The service worker, built with the app into /sw.js (scope /). It keeps the app shell (index.html, the hashed
 * scripts and styles, icons, manifest) in Cache Storage so /ghi-nhan opens without a network.
 *
 * - Pages (navigations): the network first, so a new version shows at once; without a network, the cached
 *   index.html (the app routes on the client, every page is index.html).
 * - Files under /assets/ carry a content hash in their name: the cache first, the network when missing.
 * - /api/ is never touched: the app keeps what it needs offline in IndexedDB itself, per signed-in user, and
 *   the session cookie must reach the server as is.
 *
 * The build replaces PRECACHE_MANIFEST with the list of files and CACHE_VERSION with their hash, so each build
 * installs a fresh cache and drops the old one. No imports: the output is one classic script.
 */

// The few service-worker types used here; lib "webworker" cannot sit beside lib "dom" in one program.
type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void }
type FetchEvent = ExtendableEvent & { request: Request; respondWith(response: Promise<Response> | Response): void }
type SwScope = {
  location: Location
  skipWaiting(): Promise<void>
  clients: { claim(): Promise<void> }
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}

declare const PRECACHE_MANIFEST: string[]
declare const CACHE_VERSION: string

const sw = self as unknown as SwScope
const CACHE = `caunoi-shell-${CACHE_VERSION}`
const SHELL = '/index.html'
/** a page load that has not answered after this long is served from the cache (a weak signal is no signal) */
const NAVIGATION_TIMEOUT_MS = 6000

sw.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache so the shell cached is the one just built
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE_MANIFEST.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => sw.skipWaiting()),
  )
})

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('caunoi-shell-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => sw.clients.claim()),
  )
})

sw.addEventListener('message', (event) => {
  if (event.data === 'version') event.ports[0]?.postMessage(CACHE_VERSION)
})

/** The network with a time limit; rejects when offline or too slow. */
function fetchWithTimeout(request: Request, ms: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms)
    fetch(request).then(
      (res) => { clearTimeout(timer); resolve(res) },
      (err: unknown) => { clearTimeout(timer); reject(err) },
    )
  })
}

async function navigation(request: Request): Promise<Response> {
  try {
    const res = await fetchWithTimeout(request, NAVIGATION_TIMEOUT_MS)
    // keep the freshest shell: every page is index.html, so any successful HTML answer is the shell
    if (res.ok && (res.headers.get('content-type') ?? '').includes('text/html')) {
      const copy = res.clone()
      caches.open(CACHE).then((cache) => cache.put(SHELL, copy)).catch(() => undefined)
    }
    return res
  } catch {
    const cached = await caches.match(SHELL)
    if (cached) return cached
    return new Response('Không có kết nối mạng. / You are offline.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request)
  if (cached) return cached
  const res = await fetch(request)
  if (res.ok) {
    const copy = res.clone()
    caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => undefined)
  }
  return res
}

sw.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== sw.location.origin || url.pathname.startsWith('/api/')) return
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request))
    return
  }
  if (url.pathname.startsWith('/assets/') || PRECACHE_MANIFEST.includes(url.pathname)) event.respondWith(cacheFirst(request))
})
