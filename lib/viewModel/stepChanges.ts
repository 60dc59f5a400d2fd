// What one step changed, for the eye: per lane and place, the messages that arrived or changed
// state or joined an Outbox or the queue to other servers (outlined cards, pulsing links, the
// folder a panel turns to, the panel a phone scrolls to), and the copies that came
// from the server (the flights). Pure; reads only the view contract.
import type { Protocol } from '@/lib/protocols'
import type { DeviceId, SimulationView } from '@/lib/simulator/view'
import { outboundKey } from './folders'
import { deviceMessageState, serverMessageState } from './messageState'

export interface Flight {
  protocol: Protocol
  key: string
  device: DeviceId
}

export interface StepChanges {
  /** Per lane: message keys changed per place ("server" or a device id). */
  lanes: Partial<Record<Protocol, Map<string, Set<string>>>>
  /** Copies that travelled from the server to a device in this step. */
  flights: Flight[]
}

export const NO_CHANGES: StepChanges = { lanes: {}, flights: [] }

function at(view: SimulationView): number {
  return view.stepIndex * 1000 + view.tick
}

/** Changes from `before` to `after`; none when the scenario changed or the learner went back. */
export function stepChanges(before: SimulationView | null, after: SimulationView): StepChanges {
  if (!before || before === after || before.scenarioId !== after.scenarioId || at(after) < at(before)) return NO_CHANGES
  const out: StepChanges = { lanes: {}, flights: [] }
  for (const protocol of ['pop3', 'imap'] as const) {
    const lane = after.lanes[protocol]
    const old = before.lanes[protocol]
    if (!lane || !old) continue
    const places = new Map<string, Set<string>>()
    const oldServer = new Map(old.server.messages.map((m) => [m.key, `${serverMessageState(m)}${m.flags.includes('\\Flagged')}${m.markedForDeletion}`]))
    const server = new Set(lane.server.messages.filter((m) => oldServer.get(m.key) !== `${serverMessageState(m)}${m.flags.includes('\\Flagged')}${m.markedForDeletion}`).map((m) => m.key))
    for (let i = old.server.outbound.length; i < lane.server.outbound.length; i++) server.add(outboundKey(i))
    if (server.size > 0) places.set('server', server)
    const onServer = new Set(lane.server.messages.map((m) => m.key))
    for (const device of lane.devices) {
      const previous = old.devices.find((candidate) => candidate.id === device.id)
      const held = new Map(previous?.messages.map((m) => [m.key, `${deviceMessageState(m)}${m.flagged}${m.hasBody}`]) ?? [])
      const changed = new Set<string>()
      for (const message of device.messages) {
        const was = held.get(message.key)
        if (was === `${deviceMessageState(message)}${message.flagged}${message.hasBody}`) continue
        changed.add(message.key)
        // A copy filed or sent by the device itself did not come from the server: no flight.
        const ownFiling = message.folder !== 'INBOX' && device.id === lane.activeDevice
        if (previous && !ownFiling && (was === undefined || (!was.endsWith('true') && message.hasBody)) && onServer.has(message.key)) {
          out.flights.push({ protocol, key: message.key, device: device.id })
        }
      }
      const queued = new Set(previous?.outbox.map((m) => m.key) ?? [])
      for (const message of device.outbox) if (!queued.has(message.key)) changed.add(message.key)
      if (changed.size > 0) places.set(device.id, changed)
    }
    out.lanes[protocol] = places
  }
  return out
}
