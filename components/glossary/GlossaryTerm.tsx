'use client'
// A glossary term in running text: a button that opens a short definition beside it. Keyboard:
// Enter or Space opens and closes it, Escape closes it and keeps focus on the term. The
// definition is announced through a polite live region and is the button's description while
// open. It is drawn in a fixed layer (a portal into the page's main landmark), so a scrolling
// panel cannot clip it.
import Link from 'next/link'
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import type { GlossaryEntry } from '@/content/glossary'

export interface GlossaryTermProps {
  entry: GlossaryEntry
  /** The words as they appear in the text (may differ from entry.term, e.g. "flags"). */
  children: string
}

interface Place {
  /** Below the term (top) or, when the viewport has no room there, above it (bottom). */
  top?: number
  bottom?: number
  left: number
  width: number
  /** Where the popover is mounted: inside the page's landmark, so all content stays in one. */
  host: Element
}

const WIDTH = 288
/** Height a definition usually needs; with less room below the term, it opens above. */
const ROOM = 200

function placeBelow(button: HTMLElement): Place {
  const rect = button.getBoundingClientRect()
  const viewport = document.documentElement.clientWidth || window.innerWidth
  const width = Math.min(WIDTH, viewport - 16)
  const left = Math.max(8, Math.min(rect.left, viewport - width - 8))
  const host = button.closest('main, [role="main"], dialog, [role="dialog"]') ?? document.body
  const height = window.innerHeight
  const roomBelow = height - rect.bottom
  if (roomBelow < ROOM && rect.top > roomBelow) return { bottom: height - rect.top + 6, left, width, host }
  return { top: rect.bottom + 6, left, width, host }
}

export function GlossaryTerm({ entry, children }: GlossaryTermProps) {
  const popoverId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const popoverRef = useRef<HTMLSpanElement>(null)
  const [place, setPlace] = useState<Place | null>(null)
  const open = place !== null

  const close = useCallback(() => setPlace(null), [])
  const toggle = () => {
    if (open || !buttonRef.current) return close()
    setPlace(placeBelow(buttonRef.current))
  }

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (!buttonRef.current?.contains(target) && !popoverRef.current?.contains(target)) close()
    }
    // A scroll or resize would leave the fixed layer behind its term: close it instead.
    const onMove = (event: Event) => {
      if (!popoverRef.current?.contains(event.target as Node)) close()
    }
    document.addEventListener('pointerdown', onPointer)
    window.addEventListener('scroll', onMove, true)
    window.addEventListener('resize', onMove)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      window.removeEventListener('scroll', onMove, true)
      window.removeEventListener('resize', onMove)
    }
  }, [open, close])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation()
      close()
      buttonRef.current?.focus()
    }
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        data-glossary-term={entry.id}
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        aria-describedby={open ? popoverId : undefined}
        onClick={toggle}
        onKeyDown={onKeyDown}
        className="cursor-help rounded-sm text-inherit underline decoration-dotted decoration-1 underline-offset-2 hover:decoration-solid focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-imap"
      >
        {children}
      </button>
      <span aria-live="polite" className="sr-only">
        {open ? `${entry.term}: ${entry.definition}` : ''}
      </span>
      {open &&
        createPortal(
          <span
            ref={popoverRef}
            id={popoverId}
            role="note"
            data-glossary-popover=""
            aria-label={`Glossary: ${entry.term}`}
            onKeyDown={onKeyDown}
            style={{ position: 'fixed', top: place.top, bottom: place.bottom, left: place.left, width: place.width }}
            className="z-50 flex flex-col gap-1 rounded-lg border border-line bg-surface-raised p-3 text-left font-sans text-sm font-normal not-italic text-ink shadow-lg"
          >
            <strong className="font-semibold">{entry.term}</strong>
            <span>{entry.definition}</span>
            <span className="text-xs text-ink-muted">
              {entry.rfc ? `${entry.rfc} · ` : ''}
              <Link href={`/glossary#${entry.id}`} className="text-imap underline">
                All terms
              </Link>
            </span>
          </span>,
          place.host,
        )}
    </>
  )
}
