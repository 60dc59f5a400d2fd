// The live state in the lab's view contract (lib/simulator/view.ts), so /live draws real clients
// with the lab's own lanes, cards, transcript and diagrams. Pure: the same state gives the same
// lanes. Each TCP connection is a device of its protocol's lane (up to four, the lab's device
// slots); what it holds is what its wire showed it downloaded (wireObservations.ts).

import type { LiveConnectionView, LiveLine, LiveStoreView } from './events'
import type { ImapState, Pop3State, Protocol, ProtocolState } from '@/lib/protocols'
import { DEVICE_IDS, messageKey, type DeviceId, type DeviceMessageView, type DeviceView, type LaneView, type ServerMessageView, type TranscriptEntryView } from '@/lib/simulator/view'
import { inboxOf, type LiveState, type LiveTrack } from './liveState'
import { continueLiteral } from './wireObservations'

const POP3_STATES: readonly Pop3State[] = ['AUTHORIZATION', 'TRANSACTION', 'UPDATE']
const IMAP_STATES: readonly ImapState[] = ['not authenticated', 'authenticated', 'selected', 'logout']
/** The lane transcript keeps the latest exchanges; older ones are in each connection's window only. */
export const LIVE_LANE_EXCHANGES = 40

export interface LiveLane {
  lane: LaneView
  /** What each device slot is called on /live: the client's name, and its user once logged in. */
  labels: Partial<Record<DeviceId, string>>
  /** Connections of this protocol beyond the four device slots (counted, not drawn). */
  hidden: number
  /** Whose INBOX the lane's server panel shows. */
  account: string | undefined
}

/** A protocol state name as the diagrams know it, or null (greeting not sent yet, or no connection). */
export function protocolStateOf(protocol: Protocol, state: string | undefined): ProtocolState | null {
  const states: readonly string[] = protocol === 'pop3' ? POP3_STATES : IMAP_STATES
  return state !== undefined && states.includes(state) ? (state as ProtocolState) : null
}

/** The lab view of one protocol's lane, from the live state. */
export function liveLane(state: LiveState, protocol: Protocol): LiveLane {
  const connections = state.connections.filter((connection) => connection.protocol === protocol)
  // In slot order, so a device keeps its place in the lane while others come and go.
  const drawn = connections
    .filter((connection) => state.tracks[connection.id]?.slot !== undefined)
    .sort((a, b) => DEVICE_IDS.indexOf(state.tracks[a.id].slot as DeviceId) - DEVICE_IDS.indexOf(state.tracks[b.id].slot as DeviceId))
  // The server shows the INBOX of the latest client that logged in (else the first user).
  const account = [...drawn].reverse().find((connection) => connection.user)?.user ?? state.store?.users[0]?.name
  const server = serverView(state.store, account, protocol === 'pop3' ? drawn : [], state.tracks)
  const devices = drawn.map((connection) => deviceView(connection, state.tracks[connection.id], protocol, state.store, sameNamed(connection, drawn)))
  const labels: Partial<Record<DeviceId, string>> = {}
  for (const device of devices) labels[device.id] = device.label
  const transcript = laneTranscript(protocol, drawn, state.tracks)
  const latest = transcript.at(-1)
  const clientLines = drawn.flatMap((connection) => connection.transcript.filter((line) => line.direction === 'client'))
  const serverLines = drawn.flatMap((connection) => connection.transcript.filter((line) => line.direction === 'server'))
  const lane: LaneView = {
    protocol,
    server,
    devices,
    metrics: {
      roundTrips: clientLines.length,
      bytesToServer: wireBytes(clientLines),
      bytesFromServer: wireBytes(serverLines),
    },
    transcript,
    activeDevice: latest && latest.device !== 'relay' ? latest.device : null,
    lastExchanges: latest ? [latest.index] : [],
    outcome: latest ? `${labels[latest.device as DeviceId] ?? 'A client'}: ${latest.client ?? 'greeting'}` : '',
    // Live mode runs on real time: there is no simulated clock to read.
    clockMinutes: 0,
    minutesToSee: [],
  }
  return { lane, labels, hidden: connections.length - drawn.length, account }
}

/**
 * The client's name, and its user once logged in. Two connections with one name (Thunderbird opens
 * two IMAP connections to one account) are told apart by their own TCP port.
 */
function deviceLabel(connection: LiveConnectionView, twin: boolean): string {
  const named = connection.user ? `${connection.name} · ${connection.user}` : connection.name
  const port = /:(\d+)$/.exec(connection.peer)?.[1]
  return twin && port && !connection.name.endsWith(`:${port}`) ? `${named} · port ${port}` : named
}

function sameNamed(connection: LiveConnectionView, drawn: LiveConnectionView[]): boolean {
  return drawn.some((other) => other.id !== connection.id && other.name === connection.name && other.user === connection.user)
}

function serverView(store: LiveStoreView | undefined, account: string | undefined, pop3: LiveConnectionView[], tracks: Record<number, LiveTrack>): LaneView['server'] {
  const user = store?.users.find((candidate) => candidate.name === account)
  // A closed session's DELE marks are either carried out (QUIT: the messages are gone) or undone (RFC 1939 §6).
  const marked = new Set(pop3.filter((connection) => connection.user === account && !tracks[connection.id]?.closed).flatMap((connection) => tracks[connection.id]?.observed.marked ?? []))
  // Every mailbox of the account (a client that files or sends fills Sent, Archive…); the lab shows
  // folder switches once anything lives outside INBOX. POP3 marks apply to INBOX, its only maildrop.
  const messages: ServerMessageView[] = (user?.mailboxes ?? []).flatMap((mailbox) => {
    const inbox = mailbox.name.toUpperCase() === 'INBOX'
    const name = inbox ? 'INBOX' : mailbox.name
    return mailbox.messages.map((message) => ({
      key: messageKey(account ?? '', name, message.uid),
      account: account ?? '',
      mailbox: name,
      uid: message.uid,
      subject: message.subject || '(no subject)',
      from: message.from,
      size: message.size,
      flags: message.flags,
      markedForDeletion: inbox && marked.has(message.uid),
    }))
  })
  return {
    bytesUsed: messages.reduce((sum, message) => sum + message.size, 0),
    quotaBytes: user?.quotaBytes ?? 0,
    messages,
    outbound: (store?.outboundMessages ?? []).map((message) => ({ ...message, to: [...message.to] })),
  }
}

function deviceView(connection: LiveConnectionView, track: LiveTrack, protocol: Protocol, store: LiveStoreView | undefined, twin: boolean): DeviceView {
  const user = connection.user
  const inbox = inboxOf(store, user)
  const messages: DeviceMessageView[] = []
  // IMAP mirrors the server: a message gone from its INBOX is gone from the client's view. A POP3
  // download is the client's own copy: it stays after the server's is deleted or moved.
  const onServer = inbox?.messages ?? []
  const kept = protocol === 'pop3' ? Object.values(track.observed.copies).filter((copy) => !onServer.some((message) => message.uid === copy.uid)) : []
  for (const message of [...onServer, ...kept].sort((a, b) => a.uid - b.uid)) {
    const body = track.observed.held[message.uid]
    if (body === undefined || !user) continue
    messages.push({
      key: messageKey(user, 'INBOX', message.uid),
      account: user,
      folder: 'INBOX',
      uid: message.uid,
      subject: message.subject || '(no subject)',
      from: message.from,
      size: message.size,
      // IMAP shows the server's flags; a POP3 download carries none (RFC 1939 has no flags).
      seen: protocol === 'imap' && message.flags.includes('\\Seen'),
      flagged: protocol === 'imap' && message.flags.includes('\\Flagged'),
      deleted: protocol === 'imap' ? message.flags.includes('\\Deleted') : track.observed.marked.includes(message.uid),
      hasBody: body,
    })
  }
  const protocolState = protocolStateOf(protocol, connection.state)
  const previous = track.previousState === undefined ? undefined : protocolStateOf(protocol, track.previousState)
  const lastClient = track.observed.lastClient
  const closed = track.closed !== undefined
  const idling = !closed && protocol === 'imap' && lastClient !== undefined && /^\S+\s+IDLE\s*$/i.test(lastClient)
  return {
    id: track.slot as DeviceId,
    label: deviceLabel(connection, twin),
    // A closed connection stays drawn, offline, with what it downloaded (liveState.ts).
    online: !closed,
    bytesUsed: messages.reduce((sum, message) => sum + (message.hasBody ? message.size : 0), 0),
    accounts: [],
    messages,
    clientStep: closed ? 'disconnected' : idling ? 'idling' : lastClient ? (commandVerb(protocol, lastClient) ?? 'talking') : 'connected',
    protocolState,
    outbox: [],
    idling,
    nextCheckAt: null,
    lastProtocolMove: previous !== undefined && previous !== protocolState ? { from: previous, to: protocolState } : null,
  }
}

/** "A1 UID FETCH 1:* (FLAGS)" → "UID FETCH"; "RETR 1" → "RETR". Passwords never show (only the verb). */
export function commandVerb(protocol: Protocol, line: string): string | undefined {
  const words = line.trim().split(/\s+/)
  const verbs = protocol === 'imap' ? words.slice(1) : words
  const verb = verbs[0]?.toUpperCase()
  if (!verb || !/^[A-Z]+$/.test(verb)) return undefined
  return verb === 'UID' && verbs[1] ? `UID ${verbs[1].toUpperCase()}` : verb
}

/**
 * The exchange built from a run of lines, by its first line (line objects live as long as the
 * connection's window keeps them). Reusing the same entry object while no line joins it lets the
 * transcript skip recomputing its notes (TranscriptPanel caches them per entry): a new line then
 * costs one exchange's notes, not forty.
 */
const exchangeCache = new WeakMap<LiveLine, { lines: number; slot: DeviceId; entry: TranscriptEntryView }>()

function exchangeEntry(protocol: Protocol, device: DeviceId, lines: LiveLine[]): TranscriptEntryView {
  const first = lines[0]
  const cached = exchangeCache.get(first)
  if (cached && cached.lines === lines.length && cached.slot === device) return cached.entry
  // A run's later client lines are its command's literal (APPEND's message): the command reads as
  // one client text, as the lab writes its own APPEND (`{n+}` CRLF, then the message).
  const clientLines = lines.filter((line) => line.direction === 'client')
  const client = first.direction === 'client' ? clientLines.map((line) => line.text).join('\r\n') : null
  const replies = client === null ? lines : lines.filter((line) => line.direction === 'server')
  const entry: TranscriptEntryView = {
    index: first.seq,
    device,
    // The lab names the workflow step here; a real client's step is the command it sent.
    step: client === null ? 'greeting' : (commandVerb(protocol, client) ?? 'command'),
    client,
    server: replies.map((line) => `${line.text}\r\n`).join(''),
  }
  exchangeCache.set(first, { lines: lines.length, slot: device, entry })
  return entry
}

/** Each connection's lines as exchanges (a client line and what the server said until the next one), merged in time order. */
function laneTranscript(protocol: Protocol, connections: LiveConnectionView[], tracks: Record<number, LiveTrack>): TranscriptEntryView[] {
  const exchanges: TranscriptEntryView[] = []
  for (const connection of connections) {
    const device = tracks[connection.id].slot as DeviceId
    let run: LiveLine[] = []
    let literal: number | undefined
    for (const line of connection.transcript) {
      // An IMAP literal's lines (APPEND's message) belong to the command that announced it.
      const continued = protocol === 'imap' && line.direction === 'client' ? continueLiteral(literal, line.text) : undefined
      if (continued) literal = continued.literal
      if (line.direction === 'client' && run.length > 0 && !continued?.partOfCommand) {
        exchanges.push(exchangeEntry(protocol, device, run))
        run = []
      }
      run.push(line)
    }
    if (run.length > 0) exchanges.push(exchangeEntry(protocol, device, run))
  }
  exchanges.sort((a, b) => a.index - b.index)
  return exchanges.slice(-LIVE_LANE_EXCHANGES)
}

function wireBytes(lines: LiveLine[]): number {
  return lines.reduce((sum, line) => sum + line.text.length + 2, 0)
}
