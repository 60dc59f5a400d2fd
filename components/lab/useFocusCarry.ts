// Keeps keyboard focus through the shell → lab swap (LabContainer). The first-paint shell and the
// interactive lab are two component trees, so the swap removes the element the learner had
// focused (focusing a shell control is itself one of the things that starts the swap), and focus
// would fall back to <body>: a keyboard or screen-reader user would be thrown to the top of the
// page. The lab draws the same controls, so focus goes to the twin of the removed element: same
// tag, role, label and text, nearest in document order.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'

interface FocusMark {
  element: HTMLElement
  index: number
  key: string
}

function keyOf(element: Element): string {
  return [element.tagName, element.getAttribute('role') ?? '', element.getAttribute('aria-label') ?? '', (element.textContent ?? '').trim()].join('|')
}

/**
 * Restores focus inside `rootRef` once `swapped` becomes truthy, if the focused element was
 * replaced. Focus is tracked only until then: the swap happens once.
 */
export function useFocusCarry(rootRef: RefObject<HTMLElement | null>, swapped: unknown): void {
  const mark = useRef<FocusMark | null>(null)
  const done = Boolean(swapped)
  useEffect(() => {
    const root = rootRef.current
    if (!root || done) return
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement)) return
      const focusable = Array.from(root.querySelectorAll(FOCUSABLE))
      mark.current = { element: event.target, index: focusable.indexOf(event.target), key: keyOf(event.target) }
    }
    root.addEventListener('focusin', onFocusIn)
    return () => root.removeEventListener('focusin', onFocusIn)
  }, [rootRef, done])
  useLayoutEffect(() => {
    const root = rootRef.current
    const last = mark.current
    if (!root || !last || !done || last.element.isConnected) return
    if (document.activeElement && document.activeElement !== document.body) return
    const twins = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE))
      .map((element, index) => ({ element, index }))
      .filter(({ element }) => keyOf(element) === last.key)
      .sort((a, b) => Math.abs(a.index - last.index) - Math.abs(b.index - last.index))
    twins[0]?.element.focus({ preventScroll: true })
    mark.current = null
  }, [done, rootRef])
}
