'use client'

import { memo } from 'react'
import { GlossaryText } from '@/components/glossary/GlossaryText'
import type { MailProtocol } from '@/lib/protocols'
import { displayLine, type TranscriptEntry } from '@/lib/console'
import { endingMarker, markServerLines } from '@/lib/protocols/wire'

export interface LineContext {
  direction: 'client' | 'server'
  previousClientLine?: string
  inMultiline?: boolean
}

export type Explain = (line: string, context: LineContext) => string | undefined

interface EntryProps {
  entry: TranscriptEntry
  protocol: MailProtocol
  showCrlf: boolean
  explain?: Explain
}

const PREFIX = { client: 'C: ', server: 'S: ' } as const

/** One transcript entry: a client line, the server's reply (line by line), or a console note. */
export const TranscriptEntryView = memo(function TranscriptEntryView({ entry, protocol, showCrlf, explain }: EntryProps) {
  if (entry.kind === 'console') {
    return (
      <div className="border-l-2 border-line pl-2 whitespace-pre-wrap text-ink-muted italic">
        <span className="sr-only">Console: </span>
        {entry.text}
      </div>
    )
  }
  if (entry.kind === 'client') {
    const crlf = showCrlf ? endingMarker('\r\n') : ''
    const text = entry.text + crlf
    // IMAP literal data has no note; SMTP message lines (after DATA's 354) are explained as message content.
    const explanation = entry.literal ? undefined : explain?.(entry.text, { direction: 'client', ...(entry.content ? { inMultiline: true } : {}) })
    const spoken = entry.literal ? 'Literal data: ' : entry.content ? 'Message line: ' : 'Client: '
    return <Line prefix={PREFIX.client} text={text} explanation={explanation} className="text-imap font-semibold" spoken={spoken} />
  }
  return (
    <>
      {markServerLines(protocol, entry.text).map((line, index) => (
        <Line
          key={index}
          prefix={PREFIX.server}
          text={displayLine(line, showCrlf)}
          explanation={explain?.(line.text, { direction: 'server', previousClientLine: entry.answers, inMultiline: line.inMultiline })}
          className={line.inMultiline ? 'text-ink-muted' : 'text-ink'}
          spoken="Server: "
        />
      ))}
    </>
  )
})

interface LineProps {
  prefix: string
  text: string
  explanation: string | undefined
  className: string
  /** What a screen reader hears before the line: who sent it, and what kind of line it is. */
  spoken: string
}

function Line({ prefix, text, explanation, className, spoken }: LineProps) {
  const body = (
    <>
      <span aria-hidden="true" className="select-none text-ink-muted">
        {prefix}
      </span>
      <span className="sr-only">{spoken}</span>
      <span className="break-all whitespace-pre-wrap">{text === '' ? ' ' : text}</span>
    </>
  )
  if (!explanation) return <div className={`min-h-6 pl-5 -indent-5 ${className}`}>{body}</div>
  return (
    <details className={`group ${className}`}>
      <summary className="block min-h-6 cursor-pointer list-none pl-5 -indent-5 rounded-sm hover:bg-surface-raised [&::-webkit-details-marker]:hidden">
        {body}
        <svg aria-hidden="true" viewBox="0 0 16 16" className="ml-2 inline size-3.5 align-[-2px] text-ink-muted group-open:rotate-90 motion-safe:transition-transform">
          <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="sr-only"> (explain)</span>
      </summary>
      <p className="my-1 ml-5 rounded border border-line bg-surface-raised p-2 font-sans text-sm font-normal text-ink">
        <GlossaryText text={explanation} />
      </p>
    </details>
  )
}

