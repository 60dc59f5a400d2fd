// Full screen, feature-detected. An iframe needs allow="fullscreen" for it, and some browsers
// (iPhone Safari) have no element full screen at all. Where it is refused, the lab hides its
// Full screen button instead of offering one that does nothing.

/** True when this document may show an element full screen. */
export function fullscreenAvailable(): boolean {
  try {
    return Boolean(document.fullscreenEnabled) && typeof document.documentElement.requestFullscreen === 'function'
  } catch {
    return false
  }
}

export function fullscreenActive(): boolean {
  try {
    return Boolean(document.fullscreenElement)
  } catch {
    return false
  }
}

export function subscribeFullscreen(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange)
  document.addEventListener('fullscreenerror', onChange)
  return () => {
    document.removeEventListener('fullscreenchange', onChange)
    document.removeEventListener('fullscreenerror', onChange)
  }
}

/** Leaves full screen if on, else shows target full screen. Resolves false if the browser refused. */
export async function toggleFullscreen(target: HTMLElement): Promise<boolean> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen()
    else await target.requestFullscreen()
    return true
  } catch {
    return false
  }
}
