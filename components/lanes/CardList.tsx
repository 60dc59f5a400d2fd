'use client'
// A place's message cards, as many as fit the space the stage gives the panel, then "+k more",
// which lets the list scroll inside the panel (the page itself never scrolls on the stage). Every
// card stays in the list, so a screen reader hears them all; only the eye gets the short version.
// A card the last step changed is scrolled into the shown rows. Outside the stage layout (phones)
// the list simply shows every card.
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { CARD_GAP, CARD_HEIGHT } from './MessageCard'
import { prefersReducedMotion } from '@/components/platform/media'
import { smallButtonClass } from './styles'

export interface CardListProps {
  /** The list's accessible name, e.g. "Messages on Phone". */
  label: string
  /** How many cards the list holds. */
  count: number
  /** The narrowest a card may be before the list drops to fewer columns (px); 0: one column. */
  minCardWidth?: number
  /** The keys the last step changed here: the list re-checks its scroll only when they (or its size) change. */
  changed?: ReadonlySet<string>
  children: ReactNode
}

const ROW = CARD_HEIGHT + CARD_GAP

function scrollList(list: HTMLElement, top: number): void {
  if (typeof list.scrollTo === 'function') list.scrollTo({ top, behavior: prefersReducedMotion() ? 'instant' : 'smooth' })
  else list.scrollTop = top
}
const MORE = 26

/** How many rows of cards fit a box of `height` px, leaving room for "+k more" when not all do. */
export function rowsThatFit(height: number, rowsNeeded: number): number {
  const all = Math.floor((height + CARD_GAP) / ROW)
  if (all >= rowsNeeded) return rowsNeeded
  return Math.max(0, Math.floor((height - MORE + CARD_GAP) / ROW))
}

export function CardList({ label, count, minCardWidth = 0, changed, children }: CardListProps) {
  const boxRef = useRef<HTMLDivElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const listId = useId()
  const [box, setBox] = useState<{ width: number; height: number } | null>(null)
  const [expanded, setExpanded] = useState(false)

  useEffect(() => {
    const element = boxRef.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      // Only the stage layout bounds the box (flex-1 with min-h-0); elsewhere it is as tall as the list.
      const bounded = getComputedStyle(element).getPropertyValue('--bounded').trim() === '1'
      setBox(bounded ? { width: element.clientWidth, height: element.clientHeight } : null)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const columns = box && minCardWidth > 0 ? Math.max(1, Math.min(3, Math.floor((box.width + CARD_GAP) / (minCardWidth + CARD_GAP)))) : 1
  const rowsNeeded = Math.ceil(count / columns)
  const rows = box ? rowsThatFit(box.height, rowsNeeded) : rowsNeeded
  const shown = Math.min(count, rows * columns)
  const hidden = count - shown
  const clip = box !== null && !expanded && hidden > 0
  const maxHeight = clip ? Math.max(0, rows * ROW - CARD_GAP) : undefined

  // A card the last step changed stays in view: when the list is clipped below it, the list
  // scrolls (inside itself) until that card shows; otherwise it rests at the top. Nothing here
  // reads a box (issue 14: the read forced a layout of the whole page inside every step's commit):
  // cards sit on a grid of fixed rows, so the card's row follows from its index among the list's
  // children (leaving cards keep their cells until they have faded), a clipped list is exactly
  // `maxHeight` tall, and the list's scroll position is the one it was last sent to, or where it
  // came to rest after any other scroll (`scrollend`, e.g. a focused card brought into view).
  // The scroll glides (cards keep still inside the list: each card measures its own position only
  // when its index changes), and jumps when the learner prefers reduced motion.
  const scrollTop = useRef(0)
  /** Scrolls decided but not yet sent (a scroll that ends meanwhile is not where the list will rest). */
  const unsent = useRef(0)
  useEffect(() => {
    const list = listRef.current
    if (!list) return
    const settled = () => {
      if (unsent.current === 0) scrollTop.current = list.scrollTop
    }
    list.addEventListener('scrollend', settled, { passive: true })
    return () => list.removeEventListener('scrollend', settled)
  }, [])
  useLayoutEffect(() => {
    const list = listRef.current
    if (!list) return
    // The scroll itself is sent in the next frame: scrolling lays the page out first, and inside
    // the commit that layout would be done again once framer-motion has placed the cards. (Never
    // cancelled: a later scroll's frame comes after it, so the last one sent wins.)
    const scrollTo = (top: number) => {
      scrollTop.current = top
      unsent.current++
      requestAnimationFrame(() => {
        unsent.current--
        scrollList(list, top)
      })
    }
    const card = list.querySelector<HTMLElement>(':scope > [data-changed]')
    if (!card || maxHeight === undefined) {
      if (!expanded && scrollTop.current !== 0) scrollTo(0)
      return
    }
    const top = Math.floor(Array.prototype.indexOf.call(list.children, card) / columns) * ROW
    if (top + CARD_HEIGHT > scrollTop.current + maxHeight) scrollTo(top + CARD_HEIGHT - maxHeight)
    else if (top < scrollTop.current) scrollTo(top)
  }, [changed, label, count, maxHeight, expanded, columns])
  return (
    <div ref={boxRef} className="flex min-h-0 flex-1 flex-col gap-1 [--bounded:0] stage:[--bounded:1]">
      <ul
        ref={listRef}
        id={listId}
        aria-label={label}
        className={`grid min-h-0 gap-1 ${expanded ? 'overflow-y-auto' : 'overflow-hidden'}`}
        style={{
          gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
          gridAutoRows: `${CARD_HEIGHT}px`,
          maxHeight,
        }}
      >
        {children}
      </ul>
      {box !== null && (hidden > 0 || expanded) && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((value) => !value)}
          className={`${smallButtonClass} self-start px-2`}
        >
          {expanded ? 'Show fewer' : `+${hidden} more`}
          <span className="sr-only">{expanded ? ` messages in ${label}` : ` in ${label}: let the list scroll`}</span>
        </button>
      )}
    </div>
  )
}
