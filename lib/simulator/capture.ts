// Turns a running lane into plain view data (a frame) after each unit of work. Frames share
// unchanged message views with the frame before, so 4 devices × 1,000 messages stay cheap.

import { parseHeaders, localBytes, type LocalMessage } from './clients/localMessage'
import { currentStep, type ClientRuntime, type DeviceRuntime, type Lane, type LaneMove } from './lane'
import { nextCheckAt } from './laneClock'
import type { DeviceMessageView, DeviceView, LaneMetricsView, MinutesToSeeView, OutboundMessageView, OutboxMessageView, ServerMessageView, StateMove } from './view'
import { messageKey } from './actions'
import { octetLength } from '@/lib/protocols'
import { DEVICE_LABELS } from './view'
import type { DeviceId } from './devices'

/** A lane at one moment, everything but the transcript text (which only grows). */
export interface LaneFrame {
  server: { bytesUsed: number; quotaBytes: number; messages: ServerMessageView[]; outbound: OutboundMessageView[] }
  devices: DeviceView[]
  metrics: LaneMetricsView
  transcriptLength: number
  activeDevice: DeviceId | null
  /** Transcript indexes [from, to) the unit added. */
  exchanges: [number, number]
  /** Facts about the unit for the outcome line: notices, and per-client session counters. */
  notices: string[]
  /** The lane's simulated minute after the unit. */
  clockMinutes: number
  /** First sightings so far (shared with the frame before while nothing new was seen). */
  minutesToSee: MinutesToSeeView[]
}

interface CaptureCache {
  serverVersion: number
  markedKey: string
  outboundCount: number
  server: LaneFrame['server'] | null
  headers: Map<string, { subject: string; from: string }>
  deviceMessages: WeakMap<LocalMessage, DeviceMessageView>
  devices: Map<string, { sources: unknown[]; messages: DeviceMessageView[]; bytes: number }>
  /** The view each device had in the frame before, kept while it is equal (see keepDeviceView). */
  deviceViews: Map<string, DeviceView>
  minutesToSee: MinutesToSeeView[]
}

export function createCaptureCache(): CaptureCache {
  return { serverVersion: -1, markedKey: '', outboundCount: -1, server: null, headers: new Map(), deviceMessages: new WeakMap(), devices: new Map(), deviceViews: new Map(), minutesToSee: [] }
}

/** `since` and `sinceMove`: where the unit began in the transcript and in the lane's moves. */
export function captureLane(lane: Lane, cache: CaptureCache, since: number, sinceMove: number): LaneFrame {
  const moves = lane.moves.slice(sinceMove)
  return {
    server: captureServer(lane, cache),
    devices: lane.devices.map((device) => captureDevice(lane, device, cache, moves)),
    metrics: { ...lane.metrics },
    transcriptLength: lane.transcript.length,
    activeDevice: lane.activeDevice,
    exchanges: [since, lane.transcript.length],
    notices: [...lane.notices],
    clockMinutes: lane.clock.minutes,
    minutesToSee: captureMinutesToSee(lane, cache),
  }
}

function captureMinutesToSee(lane: Lane, cache: CaptureCache): MinutesToSeeView[] {
  const records = lane.sightings.records
  if (cache.minutesToSee.length !== records.length) cache.minutesToSee = records.slice()
  return cache.minutesToSee
}

function captureServer(lane: Lane, cache: CaptureCache): LaneFrame['server'] {
  const marked = markedKeys(lane)
  const markedKey = [...marked].join(',')
  const outbound = lane.server.outbound
  if (cache.server && cache.serverVersion === lane.serverVersion && cache.markedKey === markedKey && cache.outboundCount === outbound.length) return cache.server
  const store = lane.server.store
  const messages: ServerMessageView[] = []
  let bytesUsed = 0
  let quotaBytes = 0
  for (const user of store.userNames()) {
    bytesUsed += store.bytesUsed(user)
    quotaBytes += store.quotaBytes(user)
    for (const mailbox of store.mailboxNames(user)) {
      for (const message of store.mailbox(user, mailbox)?.messages ?? []) {
        const key = messageKey(user, mailbox, message.uid)
        let headers = cache.headers.get(key)
        if (!headers) cache.headers.set(key, (headers = parseHeaders(message.text)))
        messages.push({
          key,
          account: user,
          mailbox,
          uid: message.uid,
          subject: headers.subject,
          from: headers.from,
          size: message.size,
          flags: [...message.flags].sort(),
          markedForDeletion: marked.has(key),
        })
      }
    }
  }
  cache.server = { bytesUsed, quotaBytes, messages, outbound: outbound.map(outboundView) }
  cache.serverVersion = lane.serverVersion
  cache.outboundCount = outbound.length
  cache.markedKey = markedKey
  return cache.server
}

/** POP3 DELE marks live in the open session; message n is the nth message of the maildrop. */
function markedKeys(lane: Lane): Set<string> {
  const keys = new Set<string>()
  for (const device of lane.devices) {
    for (const client of device.clients) {
      const context = client.actor.getSnapshot().context
      if (!('marked' in context) || context.marked.length === 0) continue
      const inbox = lane.server.store.inbox(client.account.user)?.messages ?? []
      for (const n of context.marked) {
        const message = inbox[n - 1]
        if (message) keys.add(`${client.account.user}:${message.uid}`)
      }
    }
  }
  return keys
}

function outboundView(message: { sender: string; recipients: readonly string[]; raw: string; bytes: Uint8Array }): OutboundMessageView {
  return { from: message.sender, to: [...message.recipients], subject: parseHeaders(message.raw).subject, size: message.bytes.length }
}

function captureDevice(lane: Lane, device: DeviceRuntime, cache: CaptureCache, moves: readonly LaneMove[]): DeviceView {
  // A client's INBOX array and its folders object are replaced whenever they change.
  const sources = device.clients.flatMap((client) => {
    const context = client.actor.getSnapshot().context
    return [context.messages, context.folders]
  })
  const cacheKey = `${device.id}`
  let entry = cache.devices.get(cacheKey)
  if (!entry || entry.sources.length !== sources.length || entry.sources.some((source, i) => source !== sources[i])) {
    const messages: DeviceMessageView[] = []
    let bytes = 0
    for (const client of device.clients) {
      const context = client.actor.getSnapshot().context
      const held: [string, LocalMessage][] = [
        ...context.messages.map((message): [string, LocalMessage] => [message.movingTo ?? 'INBOX', message]),
        ...Object.entries(context.folders).flatMap(([folder, list]) => list.map((message): [string, LocalMessage] => [folder, message])),
      ]
      for (const [folder, message] of held) {
        messages.push(deviceMessageView(lane, client, message, folder, cache))
        bytes += localBytes(message)
      }
    }
    // A client may replace its list with an equal one (e.g. after a check that found nothing new):
    // the device keeps the list it had, so its cards are not re-rendered.
    const kept = entry && sameList(entry.messages, messages, sameFields) ? entry.messages : messages
    entry = { sources, messages: kept, bytes }
    cache.devices.set(cacheKey, entry)
  }
  const active = device.clients.find((client) => client.actor.getSnapshot().matches('session')) ?? device.clients[0]
  const view: DeviceView = {
    id: device.id,
    label: DEVICE_LABELS[device.id],
    online: device.online,
    bytesUsed: entry.bytes,
    accounts: device.clients.map((client) => ({
      account: client.account.user,
      protocol: lane.protocol,
      leaveCopy: client.account.leaveCopy ?? false,
      offlineCopies: client.account.offlineCopies ?? 'headers',
    })),
    messages: entry.messages,
    clientStep: active ? currentStep(active) : 'idle',
    protocolState: active?.wire.protocolState ?? null,
    lastClientMove: lastMove(moves, device.id, active, 'client'),
    lastProtocolMove: lastMove(moves, device.id, active, 'protocol'),
    outbox: device.outbox.map(
      (entry): OutboxMessageView => ({ key: entry.key, account: entry.account, to: entry.to, subject: entry.subject, size: octetLength(entry.raw) }),
    ),
    idling: device.clients.some((client) => lane.clock.isIdle(client)),
    nextCheckAt: nextCheckAt(lane, device),
  }
  return keepDeviceView(cache, view)
}

/**
 * The device's view from the frame before when nothing in it changed, else the new one (sharing
 * its accounts and outbox lists where those are equal). Most steps change one device or none, and
 * a view that keeps its identity lets the lab skip re-rendering that device (issue 14).
 */
function keepDeviceView(cache: CaptureCache, view: DeviceView): DeviceView {
  const previous = cache.deviceViews.get(view.id)
  if (previous) {
    if (sameList(previous.accounts, view.accounts, sameFields)) view.accounts = previous.accounts
    if (sameList(previous.outbox, view.outbox, sameFields)) view.outbox = previous.outbox
    if (sameDeviceView(previous, view)) return previous
  }
  cache.deviceViews.set(view.id, view)
  return view
}

/**
 * How each field of a device view compares (lists were already shared where equal, so by
 * identity). A Record over every key: a field added to DeviceView fails to compile until it is
 * compared here, so a changed device can never keep a stale view.
 */
const DEVICE_VIEW_FIELDS: { [Key in keyof Required<DeviceView>]: (a: DeviceView[Key], b: DeviceView[Key]) => boolean } = {
  id: Object.is,
  label: Object.is,
  online: Object.is,
  bytesUsed: Object.is,
  accounts: Object.is,
  messages: Object.is,
  clientStep: Object.is,
  protocolState: Object.is,
  outbox: Object.is,
  idling: Object.is,
  nextCheckAt: Object.is,
  lastClientMove: sameMove,
  lastProtocolMove: sameMove,
}

function sameDeviceView(a: DeviceView, b: DeviceView): boolean {
  return (Object.keys(DEVICE_VIEW_FIELDS) as (keyof DeviceView)[]).every((key) =>
    (DEVICE_VIEW_FIELDS[key] as (x: unknown, y: unknown) => boolean)(a[key], b[key]),
  )
}

function sameMove<State>(a: StateMove<State> | null | undefined, b: StateMove<State> | null | undefined): boolean {
  return a === b || (a != null && b != null && a.from === b.from && a.to === b.to)
}

function sameList<Item>(a: readonly Item[], b: readonly Item[], same: (x: Item, y: Item) => boolean): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item === b[i] || same(item, b[i])))
}

/** Flat records (account settings, outbox entries): the same keys with the same primitive values. */
function sameFields<Item extends object>(a: Item, b: Item): boolean {
  const keys = Object.keys(a) as (keyof Item)[]
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

function lastMove<Kind extends LaneMove['kind']>(moves: readonly LaneMove[], device: string, client: ClientRuntime | undefined, kind: Kind) {
  for (let i = moves.length - 1; i >= 0; i--) {
    const candidate = moves[i]
    if (candidate.kind === kind && candidate.device === device && candidate.account === client?.account.user) {
      return candidate.move as Extract<LaneMove, { kind: Kind }>['move']
    }
  }
  return null
}

/** `folder` is where the device shows it; a message waiting for its UID MOVE keeps its INBOX key until it moves. */
function deviceMessageView(lane: Lane, client: ClientRuntime, message: LocalMessage, folder: string, cache: CaptureCache): DeviceMessageView {
  const cached = cache.deviceMessages.get(message)
  if (cached) return cached
  const account = client.account.user
  const uid = message.uid ?? lane.uidByMessageId.get(account)?.get(message.messageId) ?? 0
  const view: DeviceMessageView = {
    key: messageKey(account, message.movingTo ? 'INBOX' : folder, uid),
    account,
    folder,
    uid,
    subject: message.subject,
    from: message.from,
    size: message.size,
    seen: message.seen,
    flagged: message.flagged,
    deleted: message.deleted,
    hasBody: message.hasBody,
  }
  cache.deviceMessages.set(message, view)
  return view
}
