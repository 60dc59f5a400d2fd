'use client'

// Registers public/sw.js (production builds only) so the lab works offline after one visit. The
// worker's scope is the site's base path, found from where Next serves its own scripts, so this
// needs no build-time setting. It registers after the page has loaded, when the browser is idle;
// once the worker is ready, it is told which files this page has already loaded, since those
// requests happened before it could see them.

import { useEffect } from 'react'
import { serviceWorkerContainer } from '@/components/platform/serviceWorker'

/** The base path ("" or "/lab") from a Next script URL such as /lab/_next/static/chunks/x.js. */
export function basePathFromScripts(scriptUrls: readonly string[], origin: string): string | null {
  for (const src of scriptUrls) {
    try {
      const url = new URL(src, origin)
      if (url.origin !== origin) continue
      const at = url.pathname.indexOf('/_next/static/')
      if (at >= 0) return url.pathname.slice(0, at)
    } catch {
      // not a URL
    }
  }
  return null
}

function loadedUrls(base: string): string[] {
  const urls = new Set<string>([window.location.href.split('#')[0] ?? window.location.href])
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name)
    if (url.origin === window.location.origin && url.pathname.startsWith(`${base}/`)) urls.add(url.href)
  }
  return [...urls]
}

export function ServiceWorkerRegistration() {
  useEffect(() => {
    // A sandboxed frame or blocked storage has no worker: the lab then simply runs online.
    const container = process.env.NODE_ENV === 'production' ? serviceWorkerContainer() : null
    if (!container) return
    const scripts = Array.from(document.querySelectorAll('script[src]'), (script) => script.getAttribute('src') ?? '')
    const base = basePathFromScripts(scripts, window.location.origin)
    if (base === null) return
    let cancelled = false
    const register = () => {
      if (cancelled) return
      container
        .register(`${base}/sw.js`, { scope: `${base}/` })
        .then(() => container.ready)
        .then((registration) => {
          if (!cancelled) registration.active?.postMessage({ type: 'cache-urls', urls: loadedUrls(base) })
        })
        .catch(() => {
          // No worker (private mode, blocked storage, a third-party frame): the lab still runs online.
        })
    }
    // Not while the page loads (issue 14): installing caches the main pages and every file they
    // name, downloads that would compete with the page's own on a slow school network. After the
    // load event, once the browser is idle (or 5 s at the latest).
    let idle: number | undefined
    const afterLoad = () => {
      if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(register, { timeout: 5000 })
      else register()
    }
    if (document.readyState === 'complete') afterLoad()
    else window.addEventListener('load', afterLoad, { once: true })
    return () => {
      cancelled = true
      window.removeEventListener('load', afterLoad)
      if (idle !== undefined) window.cancelIdleCallback(idle)
    }
  }, [])
  return null
}
