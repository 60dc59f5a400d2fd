'use client'

// One connection's conversation: C: and S: lines as they arrive (sliding in from the side that
// sent them; prefers-reduced-motion turns that off in globals.css), each with its note.

import { useEffect, useRef } from 'react'
import type { LiveConnectionView } from '@/lib/live'

export function LiveTranscript({ connection, showNotes }: { connection: LiveConnectionView; showNotes: boolean }) {
  const list = useRef<HTMLOListElement>(null)
  const count = connection.transcript.length
  useEffect(() => {
    // Scroll the list itself to its latest line: scrollIntoView would scroll the whole page too.
    if (list.current) list.current.scrollTop = list.current.scrollHeight
  }, [count])
  return (
    // `relative`: the sr-only speaker labels are absolutely positioned; without a positioned scroll
    // box they escape its clipping and stretch the page (a long SMTP session left a screen of blank page).
    <ol ref={list} aria-label={`Transcript of ${connection.name}`} className="relative max-h-[28rem] overflow-y-auto rounded bg-surface-sunken p-2 font-mono text-xs" tabIndex={0}>
      {connection.transcript.map((line) => (
        <li key={line.seq} className={`live-line border-l-2 py-0.5 pl-2 transition-[opacity,translate] duration-300 ease-out starting:opacity-0 ${line.direction === 'client' ? 'border-imap starting:-translate-x-3' : 'border-line starting:translate-x-3'}`}>
          <span className="whitespace-pre-wrap break-all">
            <span aria-hidden="true" className="text-ink-muted">
              {line.direction === 'client' ? 'C: ' : 'S: '}
            </span>
            <span className="sr-only">{line.direction === 'client' ? 'Client: ' : 'Server: '}</span>
            {line.text}
          </span>
          {showNotes && line.note ? <p className="font-sans text-ink-muted">{line.note}</p> : null}
        </li>
      ))}
    </ol>
  )
}
