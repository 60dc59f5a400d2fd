// The service worker container, when this page may have one. A sandboxed frame (opaque origin)
// throws a SecurityError on merely reading navigator.serviceWorker, although
// `'serviceWorker' in navigator` is true there; an insecure page has none at all.

export function serviceWorkerContainer(): ServiceWorkerContainer | null {
  try {
    if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return null
    return navigator.serviceWorker ?? null
  } catch {
    return null
  }
}
