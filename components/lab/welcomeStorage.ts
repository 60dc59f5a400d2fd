// Whether the learner has dismissed the first-visit welcome, kept in localStorage (or in memory for
// the visit where the browser refuses storage: components/platform/visitStorage). Only "seen" is a
// valid saved value; anything else is discarded (and the lab says so), and the welcome shows again.
import { visitStorage } from '@/components/platform/visitStorage'

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
  return visitStorage('local').getItem(WELCOME_STORAGE_KEY)
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
    visitStorage('local').removeItem(WELCOME_STORAGE_KEY)
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
  visitStorage('local').setItem(WELCOME_STORAGE_KEY, SEEN)
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
