// Which state to light and which arrow to highlight, from a device's view: the client machine's
// step and last move, and the connection's protocol state and last change (null: no connection).
import type { ProtocolState } from '@/lib/protocols'
import { edgeId, NO_CONNECTION } from '@/lib/simulator/diagrams/graph'
import type { DeviceView, StateMove } from '@/lib/simulator/view'

export type DiagramDevice = Pick<DeviceView, 'clientStep' | 'protocolState' | 'lastClientMove' | 'lastProtocolMove'>

export interface DiagramMarks {
  current: string | null
  taken: string | null
}

export function clientMarks(device: DiagramDevice | undefined): DiagramMarks {
  if (!device) return { current: null, taken: null }
  const move = device.lastClientMove
  return { current: device.clientStep, taken: move ? edgeId(move.from, move.to) : null }
}

export function sessionMarks(device: DiagramDevice | undefined): DiagramMarks {
  if (!device) return { current: NO_CONNECTION, taken: null }
  const move: StateMove<ProtocolState | null> | null | undefined = device.lastProtocolMove
  return {
    current: device.protocolState ?? NO_CONNECTION,
    taken: move ? edgeId(move.from ?? NO_CONNECTION, move.to ?? NO_CONNECTION) : null,
  }
}
