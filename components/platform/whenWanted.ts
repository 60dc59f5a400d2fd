// When the lab's or the console's code should load: on the learner's first use of the page
// (LabContainer, ConsoleGate). A page nobody uses pays for no more than its HTML and the framework
// (no timer loads it anyway: issue 14).

/**
 * What counts as the learner starting to use the page: a touch or click, the pointer moving over
 * it (a head start of a few hundred milliseconds before the click it leads to), a key, or focus.
 * Not scrolling: that is reading.
 */
const INTENT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'focusin'] as const

/** Calls `start` on the learner's first use of the page (touch, pointer move, key or focus). Returns a cancel. */
export function whenWanted(start: () => void): () => void {
  const cancel = () => {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, once, { capture: true })
  }
  function once() {
    cancel()
    start()
  }
  for (const type of INTENT_EVENTS) window.addEventListener(type, once, { capture: true, passive: true })
  return cancel
}
