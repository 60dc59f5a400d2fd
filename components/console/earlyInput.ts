// What the learner does to the console's prerendered first view before its code has loaded and
// hydrated it: kept in order and handed to the live console, so no line, key or click is lost.
//
// The prerendered view is the live console's own HTML (React keeps those DOM nodes when it
// hydrates), so typing into its field already works natively. What needs care are the events
// React is not yet listening to: a submitted line (the browser's own submit would reload the
// page), the keys the terminal gives a meaning (Tab completes, ↑/↓ walk the history), and clicks
// on buttons, radios and checkboxes. Those are stopped here, remembered with the field's text at
// that moment, and replayed as the same events once the console is live.

import { flushSync } from 'react-dom'

/** Keys the terminal handles itself; anything else types natively and needs no replay. */
const TERMINAL_KEYS = new Set(['Tab', 'ArrowUp', 'ArrowDown'])
/**
 * What a click is replayed on: controls whose click does something React handles. Not a submit
 * button: its click (also the one Enter makes in a field) is let through, and the submit it
 * causes is what is held.
 */
const CLICKABLE = 'button:not([type="submit"]), input[type="checkbox"], input[type="radio"], label'

/** A node found again by its child indices from the container (the same node if hydration kept it). */
type NodePath = readonly number[]

type EarlyEvent =
  | { kind: 'submit'; form: NodePath; input: NodePath | null; text: string }
  | { kind: 'key'; input: NodePath; text: string; key: string; shiftKey: boolean }
  | { kind: 'click'; target: NodePath }
  | { kind: 'select'; target: NodePath; value: string }

export interface EarlyInput {
  /** The events held so far (for tests and diagnostics). */
  readonly size: number
  /**
   * Replays what was held, in order, then lets every later event through. Call once the console is
   * live, outside React's render and effects (it renders each replayed event synchronously).
   */
  handOver(): void
  /** Stops holding without replaying (the console failed to load). */
  stop(): void
}

function pathOf(container: Element, node: Element): NodePath {
  const path: number[] = []
  for (let at: Element = node; at !== container && at.parentElement; at = at.parentElement) {
    path.unshift(Array.prototype.indexOf.call(at.parentElement.children, at))
  }
  return path
}

function nodeAt(container: Element, path: NodePath): Element | null {
  let at: Element | undefined = container
  for (const index of path) at = at?.children[index]
  return at ?? null
}

function isTextField(node: EventTarget | null): node is HTMLInputElement {
  return node instanceof HTMLInputElement && (node.type === 'text' || node.type === '')
}

/**
 * Sets a field's value the way typing does, so React's onChange sees it. Through '' first: React
 * fires onChange only for a value other than the one it last saw, and at hydration it takes the
 * field's current (natively typed) text as seen while its state still says ''.
 */
function typeInto(input: HTMLInputElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  for (const value of text === '' ? [''] : ['', text]) {
    setter?.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  }
}

/** Holds the console's early events under `container` until `handOver`. */
export function holdEarlyInput(container: HTMLElement): EarlyInput {
  const held: EarlyEvent[] = []
  let holding = true

  function onSubmit(event: Event) {
    const form = event.target
    if (!(form instanceof HTMLFormElement)) return
    event.preventDefault()
    event.stopPropagation()
    const input = Array.from(form.elements).find(isTextField) ?? null
    held.push({ kind: 'submit', form: pathOf(container, form), input: input && pathOf(container, input), text: input?.value ?? '' })
    // As a terminal does: the line is gone from the field once sent, ready for the next.
    if (input) input.value = ''
  }

  function onKeyDown(event: KeyboardEvent) {
    const input = event.target
    if (!isTextField(input) || !TERMINAL_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return
    // Tab with nothing to complete moves focus on, as the live terminal lets it: keep that native.
    if (event.key === 'Tab' && (event.shiftKey || input.value.trim() === '')) return
    event.preventDefault()
    event.stopPropagation()
    held.push({ kind: 'key', input: pathOf(container, input), text: input.value, key: event.key, shiftKey: event.shiftKey })
  }

  function onClick(event: MouseEvent) {
    const target = event.target instanceof Element ? event.target.closest(CLICKABLE) : null
    if (!target) return
    // A text field's own click (placing the caret) does nothing React needs to see.
    if (isTextField(target)) return
    event.preventDefault()
    event.stopPropagation()
    held.push({ kind: 'click', target: pathOf(container, target) })
  }

  function onChange(event: Event) {
    const target = event.target
    if (!(target instanceof HTMLSelectElement)) return
    event.stopPropagation()
    held.push({ kind: 'select', target: pathOf(container, target), value: target.value })
  }

  const listeners: [string, (event: never) => void][] = [
    ['submit', onSubmit],
    ['keydown', onKeyDown],
    ['click', onClick],
    ['change', onChange],
  ]
  // On the window, capturing: before React's own listeners on the document, which stop every
  // discrete event aimed at content they cannot hydrate yet.
  const inside = (listener: (event: never) => void) => (event: Event) => {
    if (event.target instanceof Node && container.contains(event.target)) listener(event as never)
  }
  const bound = listeners.map(([type, listener]) => [type, inside(listener)] as const)
  for (const [type, listener] of bound) window.addEventListener(type, listener, true)

  function stop() {
    holding = false
    for (const [type, listener] of bound) window.removeEventListener(type, listener, true)
  }

  // A replayed key may change the field (Tab completes, ↑ recalls a line): text typed after it,
  // recorded as typed onto the unchanged field, is moved onto what the key made of it.
  const shifts = new Map<string, { from: string; to: string }>()
  function rebased(path: NodePath, text: string): string {
    const shift = shifts.get(path.join('/'))
    return shift && text.startsWith(shift.from) ? shift.to + text.slice(shift.from.length) : text
  }

  function replay(event: EarlyEvent) {
    if (event.kind === 'click') {
      ;(nodeAt(container, event.target) as HTMLElement | null)?.click()
      return
    }
    if (event.kind === 'select') {
      const select = nodeAt(container, event.target)
      if (!(select instanceof HTMLSelectElement)) return
      select.value = event.value
      select.dispatchEvent(new Event('change', { bubbles: true }))
      return
    }
    if (event.kind === 'key') {
      const input = nodeAt(container, event.input)
      if (!isTextField(input)) return
      const text = rebased(event.input, event.text)
      flushSync(() => typeInto(input, text))
      flushSync(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: event.key, shiftKey: event.shiftKey, bubbles: true, cancelable: true })))
      shifts.set(event.input.join('/'), { from: event.text, to: input.value })
      return
    }
    const form = nodeAt(container, event.form)
    const input = event.input && nodeAt(container, event.input)
    if (!(form instanceof HTMLFormElement)) return
    if (event.input && isTextField(input)) {
      flushSync(() => typeInto(input, rebased(event.input ?? [], event.text)))
      shifts.delete(event.input.join('/'))
    }
    form.requestSubmit()
  }

  return {
    get size() {
      return held.length
    },
    handOver() {
      if (!holding) return
      stop()
      // What is in each field now (typed after the last held event) goes back in after the replay.
      const fields = Array.from(container.querySelectorAll('input')).filter(isTextField)
      const pending = fields.map((field) => ({ path: pathOf(container, field), text: field.value }))
      // One event at a time, each rendered before the next (a submit reads the text its input set).
      for (const event of held) flushSync(() => replay(event))
      held.length = 0
      fields.forEach((field, index) => {
        const text = rebased(pending[index].path, pending[index].text)
        if (field.isConnected && text !== '') flushSync(() => typeInto(field, text))
      })
    },
    stop,
  }
}
