// The colour theme the learner picked (light, dark, or the system's), kept in localStorage, or in
// memory for the visit where the browser refuses storage (components/platform/visitStorage). A
// saved value that is not one of the three is discarded, and the lab says so.
import { visitStorage } from '@/components/platform/visitStorage'

export type ThemeChoice = 'light' | 'dark' | 'system'

export const THEME_STORAGE_KEY = 'mail-protocol-lab:theme'
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark']
const CHANGE_EVENT = 'mail-protocol-lab:theme-change'

/** A saved raw value → a choice, null when nothing was saved, or 'corrupt'. */
export function parseThemeChoice(raw: string | null): ThemeChoice | null | 'corrupt' {
  if (raw === null) return null
  return (THEME_CHOICES as readonly string[]).includes(raw) ? (raw as ThemeChoice) : 'corrupt'
}

export function readStoredTheme(): string | null {
  return visitStorage('local').getItem(THEME_STORAGE_KEY)
}

export function storeTheme(choice: ThemeChoice | null): void {
  if (choice === null) visitStorage('local').removeItem(THEME_STORAGE_KEY)
  else visitStorage('local').setItem(THEME_STORAGE_KEY, choice)
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

let discarded: string | null = null

/**
 * The stored choice and any discarded value, as one string ("dark|", "|<bad value>") so
 * useSyncExternalStore compares snapshots by value. A corrupt saved value is removed on first read
 * and remembered until the learner dismisses the notice; the read that removes it returns what
 * every later read returns (no saved choice), as useSyncExternalStore requires of two reads with
 * no change between them (it warned, and rendered twice, when the first said "system").
 */
export function themeSnapshot(): string {
  const raw = readStoredTheme()
  const parsed = parseThemeChoice(raw)
  if (parsed === 'corrupt') {
    discarded = raw
    visitStorage('local').removeItem(THEME_STORAGE_KEY)
    return `|${discarded}`
  }
  return `${parsed ?? ''}|${discarded ?? ''}`
}

export function dismissDiscardedTheme(): void {
  discarded = null
  window.dispatchEvent(new Event(CHANGE_EVENT))
}

export function subscribeTheme(onChange: () => void): () => void {
  window.addEventListener('storage', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

/** Sets data-theme on <html>: "light"/"dark" force one; "system" removes it (see app/globals.css). */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement
  if (choice === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', choice)
}
