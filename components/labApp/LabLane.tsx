'use client'
// One protocol's lane as the lab shows it: the server and devices (components/lab/Lane), then the
// state diagram of the acting device's client and the wire transcript, each shown per config.
import { memo } from 'react'
import type { DeviceActions } from '@/components/lab/DevicePanel'
import { Lane } from '@/components/lab/Lane'
import { StateDiagram } from '@/components/lab/StateDiagram'
import { TranscriptPanel } from '@/components/lab/TranscriptPanel'
import { protocolStates, workflowSteps } from '@/lib/simulator/workflow'
import type { DeviceId, LaneView } from '@/lib/simulator/view'

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
  const device = lane.devices.find((candidate) => candidate.id === lane.activeDevice) ?? lane.devices[0]
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
      {showTranscript && <TranscriptPanel protocol={lane.protocol} entries={lane.transcript} lastExchanges={lane.lastExchanges} />}
    </Lane>
  )
})
