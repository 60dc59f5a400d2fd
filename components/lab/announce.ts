// What the live region says after a step: what each place now shows, found by comparing the view
// before and after the step (e.g. "Laptop now shows 'Lunch?' as read"). Pure; reads only the view
// contract, so it never disagrees with what the cards show.
import type { Protocol } from '@/lib/protocols'
import type { DeviceMessageView, LaneView, ServerMessageView, SimulationView } from '@/lib/simulator/view'
import { deviceMessageState, serverMessageState, type MessageState } from '@/components/lanes/messageState'
import { PROTOCOL_LABELS } from '@/components/lanes/protocolNames'

/** More changes than this in one place are summarised as a count. */
const MAX_LISTED = 3

interface Held {
  subject: string
  state: MessageState
}

function placeChanges(place: string, before: Map<string, Held>, after: Map<string, Held>, serverPlace: boolean): string[] {
  const added: Held[] = []
  const changed: Held[] = []
  const removed: Held[] = []
  for (const [key, message] of after) {
    const old = before.get(key)
    if (!old) added.push(message)
    else if (old.state !== message.state) changed.push(message)
  }
  for (const [key, message] of before) if (!after.has(key)) removed.push(message)
  const out: string[] = []
  const list = (items: Held[], one: (m: Held) => string, many: (n: number) => string) => {
    if (items.length === 0) return
    if (items.length > MAX_LISTED) out.push(many(items.length))
    else out.push(...items.map(one))
  }
  list(
    added,
    (m) => `${place} now ${serverPlace ? 'holds' : 'shows'} '${m.subject}' as ${m.state}`,
    (n) => `${place} now ${serverPlace ? 'holds' : 'shows'} ${n} more messages`,
  )
  list(
    changed,
    (m) => `${place} now shows '${m.subject}' as ${m.state}`,
    (n) => `${place} now shows ${n} messages in a new state`,
  )
  list(
    removed,
    (m) => `${place} no longer has '${m.subject}'`,
    (n) => `${place} no longer has ${n} messages`,
  )
  return out
}

const serverHeld = (messages: ServerMessageView[]) =>
  new Map(messages.map((m) => [m.key, { subject: m.subject, state: serverMessageState(m) }]))
const deviceHeld = (messages: DeviceMessageView[]) =>
  new Map(messages.map((m) => [m.key, { subject: m.subject, state: deviceMessageState(m) }]))

/** The sentences for one lane: what changed at the server and on each device, online state included. */
export function laneChanges(before: LaneView | undefined, after: LaneView): string[] {
  const out = placeChanges('Mail server', serverHeld(before?.server.messages ?? []), serverHeld(after.server.messages), true)
  for (const device of after.devices) {
    const old = before?.devices.find((candidate) => candidate.id === device.id)
    if (!old) {
      out.push(`${device.label} joins`)
      continue
    }
    if (old.online !== device.online) out.push(`${device.label} is now ${device.online ? 'online' : 'offline'}`)
    out.push(...placeChanges(device.label, deviceHeld(old.messages), deviceHeld(device.messages), false))
  }
  for (const device of before?.devices ?? []) {
    if (!after.devices.some((candidate) => candidate.id === device.id)) out.push(`${device.label} is gone`)
  }
  return out
}

/**
 * One announcement for the step from `before` to `after`: per lane, what changed, or the lane's own
 * outcome sentence (the commands sent) when nothing visible changed.
 */
export function describeStep(before: SimulationView | null, after: SimulationView): string {
  if (!before || before.scenarioId !== after.scenarioId) return `${after.title}: start of the scenario.`
  const parts: string[] = []
  for (const protocol of ['pop3', 'imap'] as Protocol[]) {
    const lane = after.lanes[protocol]
    if (!lane) continue
    const changes = laneChanges(before.lanes[protocol], lane)
    const text = changes.length > 0 ? `${changes.join('; ')}.` : lane.outcome
    parts.push(`${PROTOCOL_LABELS[protocol]}: ${text}`)
  }
  if (after.done && !before.done) parts.push('End of the scenario: the comparison table is below the lanes.')
  return parts.join(' ')
}
