'use client'
// Message flights: when a step copies a message from the server to a device, a ghost of the card
// travels from the server's card to the device's card, over everything (so no panel clips it).
// Both ends are on the stage. Under reduced motion nothing moves: the outlined card shows the change.
import { m, useReducedMotion } from 'framer-motion'
import { useLayoutEffect, useState } from 'react'
import type { Flight } from '@/lib/viewModel/stepChanges'

interface Ghost {
  id: string
  label: string
  from: DOMRect
  to: DOMRect
}

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
  const reduced = useReducedMotion()
  const [ghosts, setGhosts] = useState<Ghost[]>([])
  useLayoutEffect(() => {
    if (reduced || flights.length === 0) return
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
  }, [flights, reduced])
  if (ghosts.length === 0) return null
  return (
    <div aria-hidden="true" className="pointer-events-none fixed inset-0 z-40 overflow-hidden">
      {ghosts.map((ghost) => (
        <m.div
          key={ghost.id}
          className="absolute flex h-7 items-center truncate rounded-md border border-line bg-surface-raised px-2 text-[0.8125rem] shadow-lg ring-2 ring-imap"
          style={{ left: ghost.from.left, top: ghost.from.top, width: Math.min(ghost.from.width, 220) }}
          initial={{ x: 0, y: 0, opacity: 1 }}
          animate={{ x: ghost.to.left - ghost.from.left, y: ghost.to.top - ghost.from.top, opacity: [1, 1, 0] }}
          transition={{ duration: 0.75, ease: 'easeInOut' }}
          onAnimationComplete={() => setGhosts((current) => current.filter((candidate) => candidate.id !== ghost.id))}
        >
          {ghost.label}
        </m.div>
      ))}
    </div>
  )
}
