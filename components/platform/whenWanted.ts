// When a page's heavy part (the lab, the console) should load: on the learner's first intent, or
// once the page has idled a while after load. Shared by the lab's shell (LabContainer) and the
// console's prerendered first view (ConsoleGate).

/** How long after the page's load event an untouched page loads its heavy part, when idle. */
export const IDLE_SWAP_MS = 3000
/** What counts as the learner starting to use the page (not scrolling: that is reading). */
const INTENT_EVENTS = ['pointerdown', 'keydown', 'focusin'] as const

/** Calls `start` on the learner's first intent, or once the page has idled IDLE_SWAP_MS after load. Returns a cancel. */
export function whenWanted(start: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let idle: number | undefined
  const onLoad = () => {
    timer = setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(start, { timeout: 1000 })
      else start()
    }, IDLE_SWAP_MS)
  }
  for (const type of INTENT_EVENTS) window.addEventListener(type, start, { capture: true, passive: true })
  if (document.readyState === 'complete') onLoad()
  else window.addEventListener('load', onLoad, { once: true })
  return () => {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, start, { capture: true })
    window.removeEventListener('load', onLoad)
    clearTimeout(timer)
    if (idle !== undefined) window.cancelIdleCallback(idle)
  }
}
