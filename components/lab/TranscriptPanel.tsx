'use client'
// The wire conversation of one lane: C: and S: lines as they happen, the last step's exchanges
// highlighted and scrolled into view, a note per line, collapsible, and copyable as plain text.
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { explainWireLine, type ExplainWireLine } from '@/components/transcript/explainWireLine'
import { CopyFallbackField } from '@/components/platform/CopyFallbackField'
import { copyText } from '@/components/platform/clipboard'
import { prefersReducedMotion } from '@/components/platform/media'
import type { Protocol } from '@/lib/protocols'
import type { TranscriptEntryView } from '@/lib/simulator/view'
import { TranscriptLine } from './TranscriptLine'
import { accentBorder, accentSoft, buttonClass } from '@/components/lanes/styles'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'
import { markServerLines } from '@/lib/protocols/wire'
import { transcriptText } from '@/lib/viewModel/transcriptExport'
import { EntryHeading, speakerLabel as labSpeakerLabel } from './EntryHeading'

export type ExplainLine = ExplainWireLine

export interface TranscriptPanelProps {
  protocol: Protocol
  entries: TranscriptEntryView[]
  /** Indexes of the exchanges the last step added: highlighted and scrolled to. */
  lastExchanges: number[]
  /** Where the notes come from; defaults to content/explanations, after the wire reader (explainWireLine). */
  explain?: ExplainLine
  defaultExpanded?: boolean
  /** Fill the height it is given (the dock) instead of capping the lines at 24rem. */
  fill?: boolean
  /** Who spoke, above each exchange; defaults to the device's lab label (live mode names real clients). */
  speakerLabel?: (entry: TranscriptEntryView) => string
}


interface Line {
  key: string
  direction: 'client' | 'server'
  text: string
  explanation: string
}

function safeExplain(explain: ExplainLine, ...args: Parameters<ExplainLine>): string {
  try {
    return explain(...args)
  } catch {
    return ''
  }
}

/** The lines of each exchange, built once per entry object (entries are reused from step to step). */
const linesCache = new WeakMap<ExplainLine, WeakMap<TranscriptEntryView, Line[]>>()

function entryLines(explain: ExplainLine, laneProtocol: Protocol, entry: TranscriptEntryView): Line[] {
  let byEntry = linesCache.get(explain)
  if (!byEntry) linesCache.set(explain, (byEntry = new WeakMap()))
  const cached = byEntry.get(entry)
  if (cached) return cached
  const lines: Line[] = []
  // An SMTP exchange in a POP3 or IMAP lane (sending, or the sender's server) is read and explained as SMTP.
  const protocol = entry.protocol ?? laneProtocol
  if (entry.client !== null)
    lines.push({ key: 'c', direction: 'client', text: entry.client, explanation: safeExplain(explain, protocol, 'client', entry.client) })
  markServerLines(protocol, entry.server).forEach((line, i) => {
    const context = { previousClientLine: entry.client ?? undefined, inMultiline: line.inMultiline }
    lines.push({ key: `s${i}`, direction: 'server', text: line.text, explanation: safeExplain(explain, protocol, 'server', line.text, context) })
  })
  byEntry.set(entry, lines)
  return lines
}

export function TranscriptPanel({
  protocol,
  entries,
  lastExchanges,
  explain = explainWireLine,
  defaultExpanded = true,
  fill = false,
  speakerLabel = labSpeakerLabel,
}: TranscriptPanelProps) {
  const name = `${PROTOCOL_LABELS[protocol]} transcript`
  const headingId = useId()
  const bodyId = useId()
  const [expanded, setExpanded] = useState(defaultExpanded)
  const [status, setStatus] = useState('')
  const [copyFallback, setCopyFallback] = useState<string | null>(null)
  const [focusIndex, setFocusIndex] = useState<number | null>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const copyButton = useRef<HTMLButtonElement>(null)
  const current = useMemo(() => new Set(lastExchanges), [lastExchanges])

  const groups = useMemo(() => entries.map((entry) => ({ entry, lines: entryLines(explain, protocol, entry) })), [entries, explain, protocol])
  // Each exchange's first line in the flat order of lines (arrow keys and the roving tab stop use it).
  const starts = useMemo(() => {
    const out: number[] = []
    for (let g = 0; g < groups.length; g++) out.push(g === 0 ? 0 : out[g - 1] + groups[g - 1].lines.length)
    return out
  }, [groups])
  const lineCount = groups.length === 0 ? 0 : starts[starts.length - 1] + groups[groups.length - 1].lines.length
  const currentGroup = groups.findIndex((group) => current.has(group.entry.index))
  const firstCurrent = currentGroup >= 0 ? starts[currentGroup] : -1
  const tabStop = focusIndex !== null && focusIndex < lineCount ? focusIndex : firstCurrent >= 0 ? firstCurrent : Math.max(lineCount - 1, 0)

  useEffect(() => {
    const list = listRef.current
    if (!expanded || !list) return
    const target = list.querySelector<HTMLElement>('[data-current="true"]')
    if (!target) return
    // Read the line's place in the next frame, not in the step's commit (a click flushes this
    // effect before the paint): reading it there forced a second layout of the page per step.
    const frame = requestAnimationFrame(() => {
      const top = Math.max(target.offsetTop - 8, 0)
      const reduceMotion = prefersReducedMotion()
      if (typeof list.scrollTo === 'function') list.scrollTo({ top, behavior: reduceMotion ? 'auto' : 'smooth' })
      else list.scrollTop = top
    })
    return () => cancelAnimationFrame(frame)
  }, [lastExchanges, expanded])

  const lineCountRef = useRef(0)
  useEffect(() => {
    lineCountRef.current = lineCount
  })
  const onLineKey = useCallback((event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = lineCountRef.current - 1
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const clamped = Math.min(Math.max(next, 0), last)
    setFocusIndex(clamped)
    listRef.current?.querySelectorAll<HTMLButtonElement>('[data-transcript-line]')[clamped]?.focus()
  }, [])

  async function onCopy() {
    const text = transcriptText(entries)
    const ok = await copyText(text)
    setStatus(ok ? 'Transcript copied as plain text.' : 'Could not copy here: the transcript is selected below, press Ctrl+C to copy it.')
    setCopyFallback(ok ? null : text)
  }

  function closeCopyFallback() {
    setCopyFallback(null)
    setStatus('')
    copyButton.current?.focus()
  }

  return (
    <div role="group" aria-labelledby={headingId} className={`flex min-w-0 flex-col gap-1 rounded-xl border border-line bg-surface-sunken p-2 ${fill ? 'h-full min-h-0' : ''}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold">
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={bodyId}
            onClick={() => setExpanded((value) => !value)}
            className="inline-flex items-center gap-1.5 rounded px-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-imap"
          >
            <span aria-hidden="true" className={`inline-block transition-transform motion-reduce:transition-none ${expanded ? 'rotate-90' : ''}`}>
              ▸
            </span>
            {name}
          </button>
        </h3>
        <button ref={copyButton} type="button" onClick={onCopy} className={buttonClass} disabled={entries.length === 0}>
          Copy transcript
        </button>
      </div>
      <p role="status" className="text-xs text-ink-muted">
        {status}
      </p>
      {copyFallback !== null && <CopyFallbackField label={`${name} as text`} text={copyFallback} onClose={closeCopyFallback} />}
      <div id={bodyId} hidden={!expanded} className={fill ? 'flex min-h-0 flex-1 flex-col' : ''}>
        {entries.length === 0 ? (
          <p className="text-sm text-ink-muted">Nothing has been said on the wire yet.</p>
        ) : (
          <>
            <p className="mb-1 text-xs text-ink-muted">Hover, focus or tap a line for a note on what it means. Arrow keys move between lines.</p>
            <ol ref={listRef} aria-label={`${name} lines`} className={`relative overflow-y-auto pr-1 ${fill ? 'min-h-24 flex-1' : 'max-h-96'}`}>
              {groups.map(({ entry, lines }, g) => {
                const firstLine = starts[g]
                return (
                  <TranscriptEntry
                    key={entry.index}
                    protocol={protocol}
                    entry={entry}
                    lines={lines}
                    current={current.has(entry.index)}
                    firstLine={firstLine}
                    tabStop={tabStop >= firstLine && tabStop < firstLine + lines.length ? tabStop : -1}
                    speaker={speakerLabel(entry)}
                    onFocusLine={setFocusIndex}
                    onKeyDown={onLineKey}
                  />
                )
              })}
            </ol>
          </>
        )}
      </div>
    </div>
  )
}

interface TranscriptEntryProps {
  protocol: Protocol
  entry: TranscriptEntryView
  lines: Line[]
  current: boolean
  /** The flat index (across the transcript) of this exchange's first line. */
  firstLine: number
  /** The flat index of the roving tab stop when it is one of this exchange's lines, else -1. */
  tabStop: number
  /** Who spoke (a string, so a caller's new label function each render does not re-render every exchange). */
  speaker: string
  onFocusLine: (lineIndex: number) => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, lineIndex: number) => void
}

/**
 * One exchange: who spoke, then its lines. Memoised (issue 14, step cost): the entries and their
 * lines keep identity from step to step, so a step renders only the exchanges it added and the
 * ones whose highlight or tab stop moved, not the whole (growing) transcript.
 */
const TranscriptEntry = memo(function TranscriptEntry({ protocol, entry, lines, current, firstLine, tabStop, speaker, onFocusLine, onKeyDown }: TranscriptEntryProps) {
  return (
    <li data-current={current} className={`my-1 rounded border-l-4 py-0.5 ${current ? `${accentBorder[protocol]} ${accentSoft[protocol]}` : 'border-transparent'}`}>
      <EntryHeading entry={entry} current={current} speaker={() => speaker} />
      <ol>
        {lines.map((line, i) => (
          <TranscriptLine
            key={line.key}
            direction={line.direction}
            text={line.text}
            explanation={line.explanation}
            current={current}
            tabStop={firstLine + i === tabStop}
            lineIndex={firstLine + i}
            onFocusLine={onFocusLine}
            onKeyDown={onKeyDown}
          />
        ))}
      </ol>
    </li>
  )
})
