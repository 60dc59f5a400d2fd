'use client'
// One protocol's lane as the lab shows it: the server and devices (components/lab/Lane), then the
// state diagram of the acting device's client and the wire transcript, each shown per config. The
// transcript shows the latest exchanges, with the earlier ones a click away, so each step costs
// the same however long the conversation has grown.
import { memo, useState } from 'react'
import type { DeviceActions } from '@/components/lab/DevicePanel'
import { Lane } from '@/components/lab/Lane'
import { StateDiagram } from '@/components/lab/StateDiagram'
import { buttonClass } from '@/components/lab/styles'
import { TranscriptPanel } from '@/components/lab/TranscriptPanel'
import { protocolStates, workflowSteps } from '@/lib/simulator/workflow'
import type { DeviceId, LaneView } from '@/lib/simulator/view'

/** Exchanges the transcript shows at least before "Show earlier exchanges"… */
export const TRANSCRIPT_WINDOW = 16
/** …hiding older ones in chunks, so the shown lines keep their places for several steps. */
const TRANSCRIPT_CHUNK = 8

const diagramSteps = {
  pop3: workflowSteps('pop3').map(({ id, label }) => ({ id, label })),
  imap: workflowSteps('imap').map(({ id, label }) => ({ id, label })),
}

export interface LabLaneProps {
  lane: LaneView
  showDiagram: boolean
  showTranscript: boolean
  deviceActions?: Partial<Record<DeviceId, DeviceActions>>
  onDeliver?: () => void
}

export const LabLane = memo(function LabLane({ lane, showDiagram, showTranscript, deviceActions, onDeliver }: LabLaneProps) {
  const [showAll, setShowAll] = useState(false)
  const device = lane.devices.find((candidate) => candidate.id === lane.activeDevice) ?? lane.devices[0]
  const hidden = showAll ? 0 : Math.floor(Math.max(0, lane.transcript.length - TRANSCRIPT_WINDOW) / TRANSCRIPT_CHUNK) * TRANSCRIPT_CHUNK
  return (
    <Lane lane={lane} deviceActions={deviceActions} onDeliver={onDeliver}>
      {showDiagram && (
        <StateDiagram
          protocol={lane.protocol}
          deviceLabel={device?.label}
          steps={diagramSteps[lane.protocol]}
          currentStep={device?.clientStep ?? null}
          states={protocolStates(lane.protocol)}
          currentState={device?.protocolState ?? null}
        />
      )}
      {showTranscript && (
        // Entries scrolled out of the transcript's view skip layout and paint.
        <div className="flex min-w-0 flex-col gap-1 [&_ol[aria-label]>li]:[contain-intrinsic-size:auto_4rem] [&_ol[aria-label]>li]:[content-visibility:auto]">
          {hidden > 0 && (
            <button type="button" className={`${buttonClass} self-start`} onClick={() => setShowAll(true)}>
              Show the {hidden} earlier {hidden === 1 ? 'exchange' : 'exchanges'} in the {lane.protocol === 'pop3' ? 'POP3' : 'IMAP'} transcript
            </button>
          )}
          <TranscriptPanel protocol={lane.protocol} entries={hidden > 0 ? lane.transcript.slice(hidden) : lane.transcript} lastExchanges={lane.lastExchanges} />
        </div>
      )}
    </Lane>
  )
})
