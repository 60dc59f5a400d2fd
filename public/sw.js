// Mail Protocol Lab service worker: after one visit, the lab works offline.
//
// - /_next/static/… (content-hashed file names): cache first, since a name never changes content.
// - Everything else in scope (pages, /embed?…, RSC payloads, icons): network first, so a new
//   deploy shows at once; the cached copy is the fallback when offline. Pages match ignoring the
//   query string, so /embed?scenario=x works offline after /embed was seen with any query.
// - On install, the main pages and every asset their HTML names are cached; after that, the page
//   that registered the worker posts the URLs it has already loaded (chunks loaded before the
//   worker existed, and lazily loaded ones), so the first visit leaves a complete cache.
//
// The scope is the directory this file is served from, i.e. the site's base path.

const CACHE_PREFIX = 'mail-protocol-lab-'
const CACHE = `${CACHE_PREFIX}v1`
const SCOPE = new URL(self.registration.scope)
const BASE = SCOPE.pathname.replace(/\/$/, '')
const PAGES = ['/', '/embed', '/instructors', '/glossary', '/myths', '/embed-example.html'].map((page) => `${BASE}${page}`)

function inScope(url) {
  return url.origin === SCOPE.origin && (url.pathname === BASE || url.pathname.startsWith(`${BASE}/`))
}

function isStatic(url) {
  return url.pathname.startsWith(`${BASE}/_next/static/`)
}

/** Same-origin asset URLs that a page's HTML names (scripts, styles, preloads, icons). */
function assetsIn(html, pageUrl) {
  const urls = new Set()
  for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    try {
      const url = new URL(match[1].replace(/&amp;/g, '&'), pageUrl)
      if (inScope(url) && (isStatic(url) || /\.(?:svg|png|ico|webmanifest|css|js)$/.test(url.pathname))) urls.add(url.href)
    } catch {
      // not a URL
    }
  }
  return [...urls]
}

async function cacheUrls(urls) {
  const cache = await caches.open(CACHE)
  await Promise.all(
    urls.map(async (href) => {
      try {
        const url = new URL(href, SCOPE)
        if (!inScope(url)) return
        if (isStatic(url) && (await cache.match(url.href))) return
        const response = await fetch(url.href, { cache: 'no-cache' })
        if (response.ok && response.type === 'basic') await cache.put(url.href, response)
      } catch {
        // offline or gone: the next visit tries again
      }
    }),
  )
}

async function precache() {
  const cache = await caches.open(CACHE)
  const assets = new Set()
  await Promise.all(
    PAGES.map(async (page) => {
      try {
        const response = await fetch(page, { cache: 'no-cache' })
        if (!response.ok) return
        await cache.put(page, response.clone())
        if ((response.headers.get('content-type') || '').includes('text/html')) {
          for (const asset of assetsIn(await response.text(), response.url)) assets.add(asset)
        }
      } catch {
        // a page that is missing or unreachable is simply not precached
      }
    }),
  )
  await cacheUrls([...assets])
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys()
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)))
      await self.clients.claim()
    })(),
  )
})

self.addEventListener('message', (event) => {
  const data = event.data
  if (!data || data.type !== 'cache-urls' || !Array.isArray(data.urls)) return
  const urls = data.urls.filter((url) => typeof url === 'string').slice(0, 500)
  event.waitUntil(
    cacheUrls(urls).then(() => {
      if (event.source) event.source.postMessage({ type: 'cache-urls-done', count: urls.length })
    }),
  )
})

async function cacheFirst(request) {
  const cache = await caches.open(CACHE)
  const cached = await cache.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone())
  return response
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE)
  try {
    const response = await fetch(request)
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone())
    return response
  } catch (error) {
    const cached =
      (await cache.match(request)) ??
      (await cache.match(request, { ignoreSearch: true })) ??
      (request.mode === 'navigate' ? await cache.match(`${BASE}/`) : undefined)
    if (cached) return cached
    throw error
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (!inScope(url)) return
  event.respondWith(isStatic(url) ? cacheFirst(request) : networkFirst(request))
})
