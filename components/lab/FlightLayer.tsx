'use client'
// Message flights: when a step copies a message from the server to a device, a ghost of the card
// travels from the server's card to the device's card, over everything (so no panel clips it).
// Both ends are on the stage. Under reduced motion nothing moves: the outlined card shows the change.
//
// Issue 14 (frame cost): the cards' places are read in the frame after the step, not inside its
// commit (a read there laid the whole page out once more, in every autoplay step of a check), and
// the ghosts are made and flown outside React: one Web Animations call each on transform and
// opacity, which the compositor runs, and no re-render of anything when they land.
import { useLayoutEffect, useRef } from 'react'
import { prefersReducedMotion } from '@/components/platform/media'
import type { Flight } from '@/lib/viewModel/stepChanges'

/** How long a ghost flies, and how: it stays opaque for the first half, then fades as it lands. */
export const FLIGHT: KeyframeAnimationOptions = { duration: 750, easing: 'ease-in-out', fill: 'forwards' }
/** At most this many ghosts per step (a check that brings 50 messages flies the first few). */
const MOST_FLIGHTS = 8
const GHOST_CLASS =
  'absolute flex h-7 items-center truncate rounded-md border border-line bg-surface-raised px-2 text-[0.8125rem] shadow-lg ring-2 ring-imap'

/** The visible box of a card, or of its panel when the card is clipped away ("+k more"). */
function visibleRect(selector: string, fallback: string): DOMRect | null {
  const element = document.querySelector<HTMLElement>(selector)
  const panel = document.querySelector<HTMLElement>(fallback)
  const rect = element?.getBoundingClientRect()
  const box = panel?.getBoundingClientRect()
  if (rect && rect.height > 0 && (!box || (rect.top >= box.top && rect.bottom <= box.bottom))) return rect
  return box && box.height > 0 ? box : null
}

/** Flies one ghost from `from` to `to` inside `layer`; it removes itself when it lands. */
function fly(layer: HTMLElement, label: string, from: DOMRect, to: DOMRect): void {
  const ghost = document.createElement('div')
  ghost.className = GHOST_CLASS
  ghost.textContent = label
  ghost.style.left = `${from.left}px`
  ghost.style.top = `${from.top}px`
  ghost.style.width = `${Math.min(from.width, 220)}px`
  layer.append(ghost)
  const flight = ghost.animate(
    [
      { transform: 'translate(0px, 0px)', opacity: 1 },
      { opacity: 1, offset: 0.5 },
      { transform: `translate(${to.left - from.left}px, ${to.top - from.top}px)`, opacity: 0 },
    ],
    FLIGHT,
  )
  const land = () => ghost.remove()
  flight.finished.then(land, land)
}

export function FlightLayer({ flights }: { flights: readonly Flight[] }) {
  const layerRef = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const layer = layerRef.current
    if (!layer || flights.length === 0 || prefersReducedMotion() || typeof layer.animate !== 'function') return
    const frame = requestAnimationFrame(() => {
      for (const flight of flights.slice(0, MOST_FLIGHTS)) {
        const server = `[data-card="${flight.protocol}|server|${flight.key}"]`
        const from = visibleRect(server, `[data-place="${flight.protocol}|server"]`)
        const to = visibleRect(`[data-card="${flight.protocol}|${flight.device}|${flight.key}"]`, `[data-place="${flight.protocol}|${flight.device}"]`)
        const label = document.querySelector(server)?.getAttribute('aria-label')?.split(' — ')[0] ?? ''
        if (from && to) fly(layer, label, from, to)
      }
    })
    return () => cancelAnimationFrame(frame)
  }, [flights])
  return <div ref={layerRef} aria-hidden="true" className="pointer-events-none fixed inset-0 z-40 overflow-hidden" />
}
