'use client'

// Puts the lab (or a given element) in fullscreen. Rendered only where the browser allows it:
// an iframe needs allow="fullscreen", and document.fullscreenEnabled says whether it has it.

import { useSyncExternalStore, type RefObject } from 'react'

export interface FullscreenButtonProps {
  /** The element to show fullscreen; defaults to the whole document. */
  targetRef?: RefObject<HTMLElement | null>
  className?: string
}

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange)
  return () => document.removeEventListener('fullscreenchange', onChange)
}

export function FullscreenButton({ targetRef, className }: FullscreenButtonProps) {
  const enabled = useSyncExternalStore(subscribe, () => Boolean(document.fullscreenEnabled), () => false)
  const active = useSyncExternalStore(subscribe, () => Boolean(document.fullscreenElement), () => false)

  if (!enabled) return null

  const toggle = () => {
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined)
    } else {
      const target = targetRef?.current ?? document.documentElement
      void target.requestFullscreen().catch(() => undefined)
    }
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={active}
      className={
        className ??
        'rounded border border-line bg-surface-raised px-3 py-1 text-sm font-medium text-ink hover:bg-surface-sunken'
      }
    >
      <span aria-hidden="true">{active ? '⤡ ' : '⤢ '}</span>
      Full screen
    </button>
  )
}
