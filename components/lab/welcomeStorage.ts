// Whether the learner has dismissed the first-visit welcome, kept in localStorage. Only "seen" is a
// valid saved value; anything else is discarded (and the lab says so), and the welcome shows again.
export const WELCOME_STORAGE_KEY = 'mail-protocol-lab:welcome'
const SEEN = 'seen'
const CHANGE_EVENT = 'mail-protocol-lab:welcome-change'

/** A saved raw value → whether the welcome was seen, or 'corrupt'. */
export function parseWelcome(raw: string | null): boolean | 'corrupt' {
  if (raw === null) return false
  return raw === SEEN ? true : 'corrupt'
}

let discarded = false
/** The welcome was opened again from "About" (this visit only). */
let reopened = false

function read(): string | null {
  try {
    return window.localStorage.getItem(WELCOME_STORAGE_KEY)
  } catch {
    return SEEN // storage off (private mode, a sandboxed frame): do not nag on every visit
  }
}

/**
 * "open|discarded" ("open", "reopened" or "closed") as one string, so useSyncExternalStore compares by value: the welcome shows on a
 * first visit or after "About"; a corrupt saved value is removed on first read and reported once.
 */
export function welcomeSnapshot(): string {
  const raw = read()
  const parsed = parseWelcome(raw)
  if (parsed === 'corrupt') {
    discarded = true
    try {
      window.localStorage.removeItem(WELCOME_STORAGE_KEY)
    } catch {
      // nothing to discard from
    }
  }
  const state = reopened ? 'reopened' : parsed !== true ? 'open' : 'closed'
  return `${state}|${discarded ? 'discarded' : ''}`
}

function changed(): void {
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

export function dismissWelcome(): void {
  reopened = false
  discarded = false
  try {
    window.localStorage.setItem(WELCOME_STORAGE_KEY, SEEN)
  } catch {
    // The welcome closes for this visit all the same.
  }
  changed()
}

export function reopenWelcome(): void {
  reopened = true
  changed()
}

export function subscribeWelcome(onChange: () => void): () => void {
  window.addEventListener('storage', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}
