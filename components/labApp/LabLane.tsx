'use client'
// One protocol's lane as the lab shows it: the server and devices (components/lab/Lane), then the
// state diagram of the acting device's client and the wire transcript, each shown per config. The
// diagram's boxes and the transcript come from the caller, so the first-paint shell can draw a lane
// without the simulator or the explanations.
import { memo, type ReactNode } from 'react'
import type { DeviceActions } from '@/components/lab/DevicePanel'
import { Lane } from '@/components/lab/Lane'
import { DeviceDiagrams } from '@/components/diagrams/DeviceDiagrams'
import type { DeviceId, LaneView } from '@/lib/simulator/view'
import type { LaneDiagram } from './diagrams'

export interface LabLaneProps {
  lane: LaneView
  diagram: LaneDiagram
  showDiagram: boolean
  /** Renders the transcript; omitted, no transcript shows. */
  renderTranscript?: (lane: LaneView) => ReactNode
  deviceActions?: Partial<Record<DeviceId, DeviceActions>>
  onDeliver?: () => void
}

export const LabLane = memo(function LabLane({ lane, diagram, showDiagram, renderTranscript, deviceActions, onDeliver }: LabLaneProps) {
  const device = lane.devices.find((candidate) => candidate.id === lane.activeDevice) ?? lane.devices[0]
  return (
    <Lane lane={lane} deviceActions={deviceActions} onDeliver={onDeliver}>
      {showDiagram && (
        <DeviceDiagrams protocol={lane.protocol} layouts={diagram} device={device} />
      )}
      {renderTranscript?.(lane)}
    </Lane>
  )
})
