'use client'
// One wire line ("C: RETR 1") as a button that reveals its plain-language note on hover, focus
// or tap. The note is also its accessible description, so a screen reader hears it on focus.
import { memo, useId, useState, type KeyboardEvent } from 'react'
import { GlossaryText } from '@/components/glossary/GlossaryText'

export interface TranscriptLineProps {
  direction: 'client' | 'server'
  text: string
  explanation: string
  /** Part of the exchange(s) the last step added. */
  current: boolean
  /** Roving tab stop: only one line of the transcript is in the tab order. */
  tabStop: boolean
  /** Passed back to the handlers, so a parent can give every line the same (stable) handlers. */
  lineIndex?: number
  onFocusLine: (lineIndex: number) => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, lineIndex: number) => void
}

/**
 * The lines of the latest exchange look bold without a bolder font (issue 14, step cost): a text
 * shadow in the text's own colour thickens the strokes by a fraction of a pixel, in light and dark
 * mode alike. A font-weight change re-shapes every line of the current and the previous exchange
 * on each step (bold glyphs are wider, so a long line may wrap differently and move every line
 * below it); a shadow changes only what is painted. Screen readers hear "(latest step)" in the
 * exchange's heading, not the weight.
 */
export const currentLineClass = '[text-shadow:0.45px_0_0_currentColor]'

/** Memoised: a step re-renders only the lines whose props changed (transcripts grow long). */
export const TranscriptLine = memo(function TranscriptLine({
  direction,
  text,
  explanation,
  current,
  tabStop,
  lineIndex = 0,
  onFocusLine,
  onKeyDown,
}: TranscriptLineProps) {
  const noteId = useId()
  const [pinned, setPinned] = useState(false)
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const open = pinned || hovered || focused
  const speaker = direction === 'client' ? 'C:' : 'S:'
  return (
    <li
      data-line={direction}
      className="flex flex-col"
      onBlur={(event) => {
        // Focus moving into the open note (a glossary term) or its definition keeps the note open.
        const to = event.relatedTarget as Element | null
        if (event.currentTarget.contains(to) || to?.closest('[data-glossary-popover]')) return
        setFocused(false)
        setPinned(false)
      }}
    >
      <button
        type="button"
        tabIndex={tabStop ? 0 : -1}
        aria-expanded={open}
        aria-describedby={noteId}
        data-transcript-line=""
        onClick={() => {
          if (!pinned) return setPinned(true)
          setPinned(false)
          setFocused(false)
          setHovered(false)
        }}
        onFocus={() => {
          setFocused(true)
          onFocusLine(lineIndex)
        }}
        onMouseEnter={() => setHovered(true)}
        onMouseLeave={() => setHovered(false)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setPinned(false)
            setFocused(false)
          }
          onKeyDown(event, lineIndex)
        }}
        className={`flex w-full gap-2 rounded px-1.5 py-0.5 text-left font-mono text-[0.8125rem] leading-5 hover:bg-surface-raised focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-imap ${
          current ? currentLineClass : ''
        }`}
      >
        <span aria-hidden="true" className="w-5 shrink-0 text-ink-muted">
          {speaker}
        </span>
        <span className="sr-only">{direction === 'client' ? 'Client:' : 'Server:'}</span>{' '}
        <span className="min-w-0 break-all whitespace-pre-wrap">{text === '' ? ' ' : text}</span>
      </button>
      <p
        id={noteId}
        hidden={!open}
        className="mx-1.5 mb-1 ml-8 rounded border border-line bg-surface-raised px-2 py-1 font-sans text-xs text-ink"
      >
        {/* Terms are marked only while the note shows: a long transcript stays cheap to render. */}
        {explanation ? open ? <GlossaryText text={explanation} /> : explanation : 'No note for this line.'}
      </p>
    </li>
  )
})
