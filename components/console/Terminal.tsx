'use client'

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { MailProtocol } from '@/lib/protocols'
import { EMPTY_HISTORY, completeLine, historyDown, historyUp, literalPrompt, nextTag, recordLine, type PendingLiteral, type TranscriptEntry } from '@/lib/console'
import { TranscriptEntryView, type Explain } from './TranscriptLine'

export interface TerminalProps {
  /** The device's name, e.g. "Phone". */
  label: string
  protocol: MailProtocol
  entries: readonly TranscriptEntry[]
  /** The connection's protocol state. */
  state: string
  closed: boolean
  literal: PendingLiteral | null
  /** Lines already sent on this connection (for the next IMAP tag). */
  sent: readonly string[]
  /** Command names Tab completes to. */
  commands: readonly string[]
  showCrlf: boolean
  explain?: Explain
  onSubmit: (line: string) => void
  /** Focus the input when the terminal first appears (a connection the learner just opened). */
  focusOnMount?: boolean
  /** A line to put in the input (a "fill in" button outside); a new `id` fills it again. */
  draft?: { text: string; id: number }
}

/** The prompt under the input: what the next line will be, and where help is. */
function promptFor(protocol: MailProtocol, state: string, closed: boolean, literal: PendingLiteral | null, tag: string | null): string {
  if (literal !== null) return literalPrompt(literal)
  if (closed) return protocol === 'smtp' ? 'The connection is closed. "?" still answers; nothing else is sent.' : 'The connection is closed. "help" still answers; nothing else is sent.'
  if (protocol === 'smtp' && state === 'data') return 'Writing the message: every line you type is part of it (no Tab completion here). A line with only "." sends it.'
  if (protocol === 'smtp') return `State: ${state}. Type "?" for the console's help (HELP goes to the server).`
  return `State: ${state}.${tag ? ` Next tag: ${tag}.` : ''} Type "help" for the commands allowed now.`
}

/** A telnet-like terminal: the transcript as a log, and one input line. Renders and sends, nothing more. */
export function Terminal(props: TerminalProps) {
  const { label, protocol, entries, state, closed, literal, sent, commands, showCrlf, explain, onSubmit, focusOnMount = false, draft } = props
  const inputId = useId()
  const promptId = useId()
  const logRef = useRef<HTMLDivElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [history, setHistory] = useState(EMPTY_HISTORY)
  const [options, setOptions] = useState<string[]>([])
  const [offeredFor, setOfferedFor] = useState<string | null>(null)

  useEffect(() => {
    if (focusOnMount) inputRef.current?.focus()
    // Only when the terminal first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // A new draft replaces the input's text (adjusted while rendering, not in an effect); focus follows.
  const [draftShown, setDraftShown] = useState<number | undefined>(undefined)
  if (draft && draft.id !== draftShown) {
    setDraftShown(draft.id)
    setText(draft.text)
    setOptions([])
  }
  useEffect(() => {
    if (draft) inputRef.current?.focus()
  }, [draft])

  useEffect(() => {
    const log = logRef.current
    if (log) log.scrollTop = log.scrollHeight
  }, [entries.length])

  const inLiteral = literal !== null
  const writingMessage = protocol === 'smtp' && state === 'data' && !closed
  const tag = protocol === 'imap' ? nextTag(sent) : null

  function submit() {
    onSubmit(text)
    setHistory((h) => recordLine(h, text))
    setText('')
    setOptions([])
    setOfferedFor(null)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault()
      const step = event.key === 'ArrowUp' ? historyUp(history, text) : historyDown(history, text)
      setHistory(step.history)
      setText(step.text)
      return
    }
    if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || inLiteral || writingMessage) return
    // Tab completes; when there is nothing (more) to complete, a second Tab moves focus on as usual.
    if (protocol !== 'imap' && text.trim() === '') return
    const completion = completeLine(text, protocol, commands, sent)
    if (completion.text !== text) {
      event.preventDefault()
      setText(completion.text)
      setOptions(completion.options)
      setOfferedFor(null)
    } else if (completion.options.length > 0 && offeredFor !== text) {
      event.preventDefault()
      setOptions(completion.options)
      setOfferedFor(text)
    }
  }

  const prompt = promptFor(protocol, state, closed, literal, tag)

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div
        ref={logRef}
        role="log"
        aria-label={`${label} conversation`}
        tabIndex={0}
        className="h-80 overflow-y-auto rounded-md border border-line bg-surface-sunken p-3 font-mono text-sm leading-relaxed sm:h-96"
      >
        {entries.map((entry) => (
          <TranscriptEntryView key={entry.id} entry={entry} protocol={protocol} showCrlf={showCrlf} explain={explain} />
        ))}
      </div>
      {/* method="dialog" outside a dialog submits nowhere: Enter in the prerendered field before the page's scripts
          have run must not reload the page (and lose the line). React's onSubmit sees the submit all the same. */}
      <form
        method="dialog"
        className="flex flex-col gap-1"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <label htmlFor={inputId} className="text-sm font-medium">
          {inLiteral ? `Literal data for ${label}` : writingMessage ? `Message line for ${label}` : `Command for ${label}`}
        </label>
        <div className="flex gap-2">
          <input
            ref={inputRef}
            id={inputId}
            value={text}
            onChange={(event) => {
              setText(event.target.value)
              setOptions([])
              setOfferedFor(null)
            }}
            onKeyDown={onKeyDown}
            aria-describedby={promptId}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            className="min-w-0 flex-1 rounded-md border border-line bg-surface-raised px-2 py-1.5 font-mono text-sm"
          />
          <button type="submit" className="rounded-md bg-imap-strong px-3 py-1.5 text-sm font-medium text-on-accent">
            Send
          </button>
        </div>
        <p id={promptId} className="text-sm text-ink-muted">
          {prompt}
        </p>
        <p role="status" className="min-h-5 font-mono text-sm text-ink-muted">
          {options.length > 0 ? `Matches: ${options.join(' ')}` : ''}
        </p>
      </form>
    </div>
  )
}
