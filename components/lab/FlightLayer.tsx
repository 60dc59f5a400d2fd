'use client'
// Message flights: when a step copies a message from the server to a device, a ghost of the card
// travels from the server's card to the device's card, over everything (so no panel clips it).
// Both ends are on the stage. Under reduced motion nothing moves: the outlined card shows the change.
// The ghost is one Web Animations call on its transform and opacity (issue 14: no animation
// library, no per-frame script; the compositor moves it).
import { useLayoutEffect, useState } from 'react'
import { prefersReducedMotion } from '@/components/platform/media'
import type { Flight } from '@/lib/viewModel/stepChanges'

interface Ghost {
  id: string
  label: string
  from: DOMRect
  to: DOMRect
}

/** How long a ghost flies, and how: it stays opaque for the first half, then fades as it lands. */
export const FLIGHT: KeyframeAnimationOptions = { duration: 750, easing: 'ease-in-out', fill: 'forwards' }

/** The visible box of a card, or of its panel when the card is clipped away ("+k more"). */
function visibleRect(selector: string, fallback: string): DOMRect | null {
  const element = document.querySelector<HTMLElement>(selector)
  const panel = document.querySelector<HTMLElement>(fallback)
  const rect = element?.getBoundingClientRect()
  const box = panel?.getBoundingClientRect()
  if (rect && rect.height > 0 && (!box || (rect.top >= box.top && rect.bottom <= box.bottom))) return rect
  return box && box.height > 0 ? box : null
}

export function FlightLayer({ flights }: { flights: readonly Flight[] }) {
  const [ghosts, setGhosts] = useState<Ghost[]>([])
  useLayoutEffect(() => {
    if (prefersReducedMotion() || flights.length === 0) return
    const next: Ghost[] = []
    for (const flight of flights.slice(0, 8)) {
      const from = visibleRect(`[data-card="${flight.protocol}|server|${flight.key}"]`, `[data-place="${flight.protocol}|server"]`)
      const to = visibleRect(`[data-card="${flight.protocol}|${flight.device}|${flight.key}"]`, `[data-place="${flight.protocol}|${flight.device}"]`)
      const subject = document.querySelector(`[data-card="${flight.protocol}|server|${flight.key}"]`)?.getAttribute('aria-label')?.split(' — ')[0] ?? ''
      if (from && to) next.push({ id: `${flight.protocol}|${flight.device}|${flight.key}|${Math.round(to.top)}`, label: subject, from, to })
    }
    // Measured after layout, so the ghosts start where the cards are: an intended effect-set state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setGhosts(next)
  }, [flights])
  if (ghosts.length === 0) return null
  const landed = (id: string) => setGhosts((current) => current.filter((candidate) => candidate.id !== id))
  return (
    <div aria-hidden="true" className="pointer-events-none fixed inset-0 z-40 overflow-hidden">
      {ghosts.map((ghost) => (
        <GhostCard key={ghost.id} ghost={ghost} onLanded={landed} />
      ))}
    </div>
  )
}

function GhostCard({ ghost, onLanded }: { ghost: Ghost; onLanded: (id: string) => void }) {
  const [element, setElement] = useState<HTMLDivElement | null>(null)
  useLayoutEffect(() => {
    if (!element) return
    if (typeof element.animate !== 'function') {
      onLanded(ghost.id)
      return
    }
    const dx = ghost.to.left - ghost.from.left
    const dy = ghost.to.top - ghost.from.top
    const flight = element.animate(
      [
        { transform: 'translate(0px, 0px)', opacity: 1 },
        { opacity: 1, offset: 0.5 },
        { transform: `translate(${dx}px, ${dy}px)`, opacity: 0 },
      ],
      FLIGHT,
    )
    let current = true
    const land = () => {
      if (current) onLanded(ghost.id)
    }
    flight.finished.then(land, land)
    return () => {
      current = false
      flight.cancel()
    }
    // One flight per ghost: its boxes and id never change while it is mounted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [element])
  return (
    <div
      ref={setElement}
      className="absolute flex h-7 items-center truncate rounded-md border border-line bg-surface-raised px-2 text-[0.8125rem] shadow-lg ring-2 ring-imap"
      style={{ left: ghost.from.left, top: ghost.from.top, width: Math.min(ghost.from.width, 220) }}
    >
      {ghost.label}
    </div>
  )
}
