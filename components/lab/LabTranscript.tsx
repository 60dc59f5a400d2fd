'use client'
// A lane's transcript as the lab shows it: the latest exchanges, with the earlier ones a click away,
// so each step costs the same however long the conversation has grown. Entries scrolled out of the
// transcript's view skip layout and paint.
import { useState } from 'react'
import { buttonClass } from '@/components/lanes/styles'
import { TranscriptPanel } from './TranscriptPanel'
import type { LaneView } from '@/lib/simulator/view'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'

/** Exchanges the transcript shows at least before "Show earlier exchanges"… */
export const TRANSCRIPT_WINDOW = 16
/** …hiding older ones in chunks, so the shown lines keep their places for several steps. */
const TRANSCRIPT_CHUNK = 8

export function LabTranscript({ lane }: { lane: LaneView }) {
  const [showAll, setShowAll] = useState(false)
  const hidden = showAll ? 0 : Math.floor(Math.max(0, lane.transcript.length - TRANSCRIPT_WINDOW) / TRANSCRIPT_CHUNK) * TRANSCRIPT_CHUNK
  return (
    <div className="flex h-full min-h-0 min-w-0 flex-col gap-1 [&_ol[aria-label]>li]:[contain-intrinsic-size:auto_4rem] [&_ol[aria-label]>li]:[content-visibility:auto]">
      {hidden > 0 && (
        <button type="button" className={`${buttonClass} self-start`} onClick={() => setShowAll(true)}>
          Show the {hidden} earlier {hidden === 1 ? 'exchange' : 'exchanges'} in the {PROTOCOL_LABELS[lane.protocol]} transcript
        </button>
      )}
      <TranscriptPanel protocol={lane.protocol} entries={hidden > 0 ? lane.transcript.slice(hidden) : lane.transcript} lastExchanges={lane.lastExchanges} fill />
    </div>
  )
}

export const renderLabTranscript = (lane: LaneView) => <LabTranscript lane={lane} />
