// What the live region says after a step: what each place now shows, found by comparing the view
// before and after the step (e.g. "Laptop now shows 'Lunch?' as read"). Pure; reads only the view
// contract, so it never disagrees with what the cards show.
import type { Protocol } from '@/lib/protocols'
import type { DeviceMessageView, DeviceView, LaneView, ServerMessageView, SimulationView } from '@/lib/simulator/view'
import { folderLabel } from './folders'
import { deviceMessageState, serverMessageState, type MessageState } from './messageState'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'
import { formatMinutes } from './timeText'

/** More changes than this in one place are summarised as a count. */
const MAX_LISTED = 3

interface Held {
  subject: string
  state: MessageState
  folder: string
}

/** " in Sent" for a message outside the inbox; nothing for the inbox (the words the lab always used). */
const inFolder = (m: Held) => (m.folder === 'INBOX' ? '' : ` in ${folderLabel(m.folder)}`)

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
  // A message filed elsewhere leaves one key and arrives under another (keys name the folder).
  // The same folder under a new key is the same message renamed (a UID the server assigned on MOVE).
  for (const arrived of [...added]) {
    const left = removed.find((old) => old.subject === arrived.subject && old.folder !== arrived.folder) ?? removed.find((old) => old.subject === arrived.subject)
    if (!left) continue
    added.splice(added.indexOf(arrived), 1)
    removed.splice(removed.indexOf(left), 1)
    if (left.folder !== arrived.folder) out.push(`${place} moved '${arrived.subject}' from ${folderLabel(left.folder)} to ${folderLabel(arrived.folder)}`)
    else if (left.state !== arrived.state) changed.push(arrived)
  }
  const list = (items: Held[], one: (m: Held) => string, many: (n: number) => string) => {
    if (items.length === 0) return
    if (items.length > MAX_LISTED) out.push(many(items.length))
    else out.push(...items.map(one))
  }
  list(
    added,
    (m) => `${place} now ${serverPlace ? 'holds' : 'shows'} '${m.subject}'${inFolder(m)} as ${m.state}`,
    (n) => `${place} now ${serverPlace ? 'holds' : 'shows'} ${n} more messages`,
  )
  list(
    changed,
    (m) => `${place} now shows '${m.subject}' as ${m.state}`,
    (n) => `${place} now shows ${n} messages in a new state`,
  )
  list(
    removed,
    (m) => `${place} no longer has '${m.subject}'${inFolder(m)}`,
    (n) => `${place} no longer has ${n} messages`,
  )
  return out
}

const serverHeld = (messages: ServerMessageView[]) =>
  new Map(messages.map((m) => [m.key, { subject: m.subject, state: serverMessageState(m), folder: m.mailbox }]))
const deviceHeld = (messages: DeviceMessageView[]) =>
  new Map(messages.map((m) => [m.key, { subject: m.subject, state: deviceMessageState(m), folder: m.folder }]))

/** The Outbox, push and polling: what changed in how a device sends and hears of mail. */
function deviceWaiting(old: DeviceView, device: DeviceView): string[] {
  const out: string[] = []
  const queued = new Set(old.outbox.map((m) => m.key))
  const kept = new Set(device.outbox.map((m) => m.key))
  for (const m of device.outbox) if (!queued.has(m.key)) out.push(`${device.label} keeps '${m.subject}' in its Outbox until it is back online`)
  const sent = old.outbox.filter((m) => !kept.has(m.key))
  if (sent.length > 0) {
    const what = sent.length === 1 ? `'${sent[0].subject}'` : `${sent.length} messages`
    out.push(`${device.label} sent ${what} from its Outbox${device.outbox.length === 0 ? '; the Outbox is empty' : ''}`)
  }
  if (!old.idling && device.idling) out.push(`${device.label} waits for new mail, and the server will tell it at once (IDLE)`)
  if (old.idling && !device.idling) out.push(`${device.label} stops waiting for new mail`)
  if (device.nextCheckAt !== null && device.nextCheckAt !== old.nextCheckAt) out.push(`${device.label} checks again at ${formatMinutes(device.nextCheckAt)}`)
  return out
}
/** The sentences for one lane: what changed at the server and on each device, online state included. */
export function laneChanges(before: LaneView | undefined, after: LaneView): string[] {
  const out = placeChanges('Mail server', serverHeld(before?.server.messages ?? []), serverHeld(after.server.messages), true)
  for (const m of after.server.outbound.slice(before?.server.outbound.length ?? 0)) {
    out.push(`Mail server queued '${m.subject}' for another server (it goes no further in this lab)`)
  }
  const seenBefore = new Set(before?.minutesToSee.map((entry) => `${entry.key}|${entry.device}`) ?? [])
  for (const entry of after.minutesToSee) {
    if (seenBefore.has(`${entry.key}|${entry.device}`)) continue
    const label = after.devices.find((device) => device.id === entry.device)?.label ?? entry.device
    out.push(`${label} learned of '${entry.subject}' ${entry.minutes === 0 ? 'at once' : `after ${formatMinutes(entry.minutes)}`}`)
  }
  for (const device of after.devices) {
    const old = before?.devices.find((candidate) => candidate.id === device.id)
    if (!old) {
      out.push(`${device.label} joins`)
      continue
    }
    if (old.online !== device.online) out.push(`${device.label} is now ${device.online ? 'online' : 'offline'}`)
    out.push(...placeChanges(device.label, deviceHeld(old.messages), deviceHeld(device.messages), false))
    out.push(...deviceWaiting(old, device))
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
  const clock = (view: SimulationView) => Math.max(0, ...Object.values(view.lanes).map((lane) => lane?.clockMinutes ?? 0))
  const passed = clock(after) - clock(before)
  if (passed > 0) parts.push(`${formatMinutes(passed)} pass; the simulated time is now ${formatMinutes(clock(after))}.`)
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
