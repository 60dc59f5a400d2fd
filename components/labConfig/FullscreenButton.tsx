'use client'

// Puts the lab (or a given element) in fullscreen. Rendered only where the browser allows it:
// an iframe needs allow="fullscreen", and document.fullscreenEnabled says whether it has it.

import { useSyncExternalStore, type RefObject } from 'react'
import { fullscreenActive, fullscreenAvailable, subscribeFullscreen, toggleFullscreen } from '@/components/platform/fullscreen'

export interface FullscreenButtonProps {
  /** The element to show fullscreen; defaults to the whole document. */
  targetRef?: RefObject<HTMLElement | null>
  className?: string
}

export function FullscreenButton({ targetRef, className }: FullscreenButtonProps) {
  const enabled = useSyncExternalStore(subscribeFullscreen, fullscreenAvailable, () => false)
  const active = useSyncExternalStore(subscribeFullscreen, fullscreenActive, () => false)

  if (!enabled) return null

  const toggle = () => void toggleFullscreen(targetRef?.current ?? document.documentElement)

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
