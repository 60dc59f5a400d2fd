// When the lab's or the console's code should load: on the learner's first use of the page
// (LabContainer, ConsoleGate). A page nobody uses pays for no more than its HTML and the framework
// (no timer loads it anyway: issue 14).
//
// A use can come before React has hydrated the page and run the effect that listens for it: the
// pointer crosses the page while the framework's scripts still run. EARLY_USE_SCRIPT, inlined in
// the document's head (EarlyUseScript), remembers such a use from the first parse on, and
// whenWanted counts it. Without it, that use was lost, and the page waited for another.

/**
 * What counts as the learner starting to use the page: a touch or click, the pointer moving over
 * it (a head start of a few hundred milliseconds before the click it leads to), a key, or focus.
 * Not scrolling: that is reading.
 */
const INTENT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'focusin'] as const

/** The window property the head script sets on the first use before hydration. */
const EARLY_USE_FLAG = '__mailLabUsed'

/**
 * Plain ES5 run while the head is parsed: it listens for the same events as whenWanted and, on
 * the first, sets EARLY_USE_FLAG and stops listening.
 */
export const EARLY_USE_SCRIPT = `(function(){var t=${JSON.stringify(INTENT_EVENTS)};function on(){window.${EARLY_USE_FLAG}=true;for(var i=0;i<t.length;i++)removeEventListener(t[i],on,true)}for(var i=0;i<t.length;i++)addEventListener(t[i],on,{capture:true,passive:true})})()`

function usedEarly(): boolean {
  return (window as unknown as Record<string, unknown>)[EARLY_USE_FLAG] === true
}

/**
 * Calls `start` on the learner's first use of the page (touch, pointer move, key or focus), at
 * once if the page was used before this was called (EARLY_USE_SCRIPT saw it). Returns a cancel.
 */
export function whenWanted(start: () => void): () => void {
  const cancel = () => {
    for (const type of INTENT_EVENTS) window.removeEventListener(type, once, { capture: true })
  }
  function once() {
    cancel()
    start()
  }
  if (usedEarly()) {
    start()
    return () => {}
  }
  for (const type of INTENT_EVENTS) window.addEventListener(type, once, { capture: true, passive: true })
  return cancel
}
