'use client'

// Puts the lab (or a given element) in fullscreen. Offered only where the browser allows it:
// an iframe needs allow="fullscreen", and document.fullscreenEnabled says whether it has it.
// The prerender draws the button (most browsers allow it), and where full screen is refused its
// place stays, empty and hidden from every reader: a button appearing or leaving at hydration
// moved the header's other controls onto a new row and the whole lab down with them (a layout
// shift of 0.22 on `/` in Lighthouse's phone view, issue 14).

import { useSyncExternalStore, type RefObject } from 'react'
import { fullscreenActive, fullscreenAvailable, subscribeFullscreen, toggleFullscreen } from '@/components/platform/fullscreen'

export interface FullscreenButtonProps {
  /** The element to show fullscreen; defaults to the whole document. */
  targetRef?: RefObject<HTMLElement | null>
  className?: string
}

export function FullscreenButton({ targetRef, className }: FullscreenButtonProps) {
  const enabled = useSyncExternalStore(subscribeFullscreen, fullscreenAvailable, () => true)
  const active = useSyncExternalStore(subscribeFullscreen, fullscreenActive, () => false)
  const classes = className ?? 'rounded border border-line bg-surface-raised px-3 py-1 text-sm font-medium text-ink hover:bg-surface-sunken'

  // Same box, invisible (so neither focusable nor read out): the controls beside it stay put.
  if (!enabled) {
    return (
      <span aria-hidden="true" data-fullscreen-placeholder="" className={`invisible ${classes}`}>
        ⤢ Full screen
      </span>
    )
  }

  const toggle = () => void toggleFullscreen(targetRef?.current ?? document.documentElement)

  return (
    <button type="button" onClick={toggle} aria-pressed={active} className={classes}>
      <span aria-hidden="true">{active ? '⤡ ' : '⤢ '}</span>
      Full screen
    </button>
  )
}
