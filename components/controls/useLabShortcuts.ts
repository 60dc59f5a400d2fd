'use client'

// Keyboard shortcuts for the lab: ← previous, → next, Space play/pause, R reset, ? help.
// Ignored while typing in a field or with a modifier held, so they never steal keys.

import { useEffect, useRef } from 'react'

export interface LabShortcutHandlers {
  previous: () => void
  next: () => void
  togglePlay: () => void
  reset: () => void
  help: () => void
}

export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): keyof LabShortcutHandlers | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null
  switch (event.key) {
    case 'ArrowLeft':
      return 'previous'
    case 'ArrowRight':
      return 'next'
    case ' ':
      return 'togglePlay'
    case 'r':
    case 'R':
      return 'reset'
    case '?':
      return 'help'
    default:
      return null
  }
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  const type = (target as HTMLInputElement).type
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type)
}

/** Space on a focused button must still press that button, not toggle play. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.tagName === 'SUMMARY' || target.getAttribute('role') === 'button')
}

export function useLabShortcuts(handlers: LabShortcutHandlers, enabled = true): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return
      const action = shortcutFor(event)
      if (!action) return
      if (action === 'togglePlay' && isActivatable(event.target)) return
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      latest.current[action]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
