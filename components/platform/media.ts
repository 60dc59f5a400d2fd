// matchMedia, feature-detected: an old browser or an unusual embedding may lack it, or throw.
// Without it the lab assumes the default (no preference), which is what a browser reports anyway
// when the learner set nothing.

export function mediaMatches(query: string): boolean {
  try {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false
    return window.matchMedia(query).matches
  } catch {
    return false
  }
}

/** Calls onChange when the query's answer changes; returns the unsubscribe. A no-op without matchMedia. */
export function subscribeMedia(query: string, onChange: () => void): () => void {
  try {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {}
    const list = window.matchMedia(query)
    if (typeof list.addEventListener === 'function') {
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    }
    return () => {}
  } catch {
    return () => {}
  }
}

export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)'

export function prefersReducedMotion(): boolean {
  return mediaMatches(REDUCED_MOTION)
}
