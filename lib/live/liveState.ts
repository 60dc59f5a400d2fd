// What /live shows, folded from the live server's events (lib/live/events.ts). A pure reducer,
// so the page and its tests agree on what each event does. The transcript stays windowed here too.
// Besides the events themselves it keeps, per connection, what its wire showed it holds
// (wireObservations.ts), the lab device slot it is drawn in, and the protocol state it left last.

import { LIVE_TRANSCRIPT_WINDOW, type DisconnectReason, type LiveConnectionView, type LiveEvent, type LiveServerInfo, type LiveStoreView } from './events'
import { DEVICE_IDS, type DeviceId } from '@/lib/simulator/view'
import { NOTHING_OBSERVED, observeLine, type Observed } from './wireObservations'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'

export type LiveStatus = 'connecting' | 'live' | 'unavailable'

export interface LiveTrack {
  observed: Observed
  /** The lab device this connection is drawn as; none when its lane already shows four. */
  slot?: DeviceId
  /** The protocol state before the latest change (for the diagram's "just took" arrow). */
  previousState?: string
  /**
   * Set once the TCP connection has closed. A drawn device stays, offline, with what it downloaded,
   * until a new connection of its lane needs the slot: a mail client's POP3 check lasts a fraction
   * of a second (Thunderbird's: CAPA, AUTH, STAT, LIST, UIDL, RETR…, QUIT), and what it leaves
   * behind (the mail on the client, the server's copies) is the lesson.
   */
  closed?: DisconnectReason
}

/** The state a closed connection shows: no protocol state (the diagrams' "no connection"). */
export const CLOSED_STATE = 'closed'

export interface LiveState {
  status: LiveStatus
  info?: LiveServerInfo
  connections: LiveConnectionView[]
  tracks: Record<number, LiveTrack>
  store?: LiveStoreView
  /** The latest thing worth announcing to screen readers (a device came or went). */
  announcement: string
}

export const initialLiveState: LiveState = { status: 'connecting', connections: [], tracks: {}, announcement: '' }

export type LiveAction = LiveEvent | { type: 'stream-lost' }

const label = PROTOCOL_LABELS

export function liveReducer(state: LiveState, action: LiveAction): LiveState {
  switch (action.type) {
    case 'stream-lost':
      return { ...state, status: state.status === 'live' ? 'connecting' : 'unavailable' }
    case 'snapshot': {
      let tracks: Record<number, LiveTrack> = {}
      for (const connection of action.connections) {
        const slot = freeSlot(action.connections, tracks, connection)
        let observed = NOTHING_OBSERVED
        for (const line of connection.transcript) observed = observeLine(observed, connection.protocol, line.direction, line.text, inboxOf(action.store, connection.user))
        tracks = { ...tracks, [connection.id]: { observed, slot } }
      }
      return { ...state, status: 'live', info: action.info, connections: action.connections, tracks, store: action.store }
    }
    case 'connect': {
      if (state.connections.some((connection) => connection.id === action.connection.id)) return state
      let connections = [...state.connections, action.connection]
      let tracks = state.tracks
      let slot = freeSlot(connections, tracks, action.connection)
      // No free slot: the oldest closed connection of the lane gives up its place.
      const closed = slot === undefined ? connections.find((other) => other.protocol === action.connection.protocol && tracks[other.id]?.closed) : undefined
      if (closed) {
        connections = connections.filter((other) => other.id !== closed.id)
        tracks = withoutTrack(tracks, closed.id)
        slot = freeSlot(connections, tracks, action.connection)
      }
      return {
        ...state,
        connections,
        tracks: { ...tracks, [action.connection.id]: { observed: NOTHING_OBSERVED, slot } },
        announcement: `New ${label[action.connection.protocol]} client connected from ${action.connection.peer}.`,
      }
    }
    case 'disconnect': {
      const gone = state.connections.find((connection) => connection.id === action.id)
      const track = state.tracks[action.id]
      if (!gone || track?.closed) return state
      const announcement = `${gone.name} (${label[gone.protocol]}) disconnected.`
      if (gone.protocol === 'smtp') {
        // SMTP has no lane: the latest closed session stays in the sending panel, older ones go.
        const stale = new Set(state.connections.filter((other) => other.protocol === 'smtp' && state.tracks[other.id]?.closed).map((other) => other.id))
        const connections = state.connections.filter((other) => !stale.has(other.id)).map((other) => (other.id === action.id ? { ...other, state: CLOSED_STATE } : other))
        let tracks = state.tracks
        for (const id of stale) tracks = withoutTrack(tracks, id)
        return { ...state, connections, tracks: { ...tracks, [action.id]: { ...track, closed: action.reason, previousState: gone.state } }, announcement }
      }
      const waiting = state.connections.find((connection) => connection.protocol === gone.protocol && state.tracks[connection.id] && state.tracks[connection.id].slot === undefined)
      if (track?.slot !== undefined && !waiting) {
        // Drawn and nobody waiting for the slot: it stays, offline.
        const connections = state.connections.map((connection) => (connection.id === action.id ? { ...connection, state: CLOSED_STATE } : connection))
        return { ...state, connections, tracks: { ...state.tracks, [action.id]: { ...track, closed: action.reason, previousState: gone.state } }, announcement }
      }
      const tracks = withoutTrack(state.tracks, action.id)
      const connections = state.connections.filter((connection) => connection.id !== action.id)
      // The freed slot goes to the oldest connection of that lane that had none.
      if (waiting) tracks[waiting.id] = { ...tracks[waiting.id], slot: freeSlot(connections, tracks, waiting) }
      return { ...state, connections, tracks, announcement }
    }
    case 'line': {
      const next = update(state, action.id, (connection) => {
        const transcript = [...connection.transcript, action.line]
        return { ...connection, transcript: transcript.length > LIVE_TRANSCRIPT_WINDOW ? transcript.slice(-LIVE_TRANSCRIPT_WINDOW) : transcript }
      })
      const connection = next.connections.find((candidate) => candidate.id === action.id)
      const track = next.tracks[action.id]
      if (!connection || !track) return next
      const observed = observeLine(track.observed, connection.protocol, action.line.direction, action.line.text, inboxOf(state.store, connection.user))
      return observed === track.observed ? next : { ...next, tracks: { ...next.tracks, [action.id]: { ...track, observed } } }
    }
    case 'state': {
      const before = state.connections.find((connection) => connection.id === action.id)
      const next = update(state, action.id, (connection) => ({ ...connection, state: action.state, user: action.user }))
      const track = next.tracks[action.id]
      if (!before || !track || before.state === action.state) return next
      return { ...next, tracks: { ...next.tracks, [action.id]: { ...track, previousState: before.state } } }
    }
    case 'name':
      return update(state, action.id, (connection) => ({ ...connection, name: action.name }))
    case 'store':
      return { ...state, store: action.store }
    default:
      return state
  }
}

/** The INBOX of a user, as the store holds it now. */
export function inboxOf(store: LiveStoreView | undefined, user: string | undefined) {
  if (!store || !user) return undefined
  return store.users.find((candidate) => candidate.name === user)?.mailboxes.find((mailbox) => mailbox.name.toUpperCase() === 'INBOX')
}

function withoutTrack(tracks: Record<number, LiveTrack>, id: number): Record<number, LiveTrack> {
  const rest = { ...tracks }
  delete rest[id]
  return rest
}

/** The first device slot no other connection of the same lane holds. */
function freeSlot(connections: LiveConnectionView[], tracks: Record<number, LiveTrack>, connection: LiveConnectionView): DeviceId | undefined {
  if (connection.protocol === 'smtp') return undefined
  const taken = new Set(connections.filter((other) => other.protocol === connection.protocol && other.id !== connection.id).map((other) => tracks[other.id]?.slot))
  return DEVICE_IDS.find((slot) => !taken.has(slot))
}

function update(state: LiveState, id: number, change: (connection: LiveConnectionView) => LiveConnectionView): LiveState {
  let found = false
  const connections = state.connections.map((connection) => {
    if (connection.id !== id) return connection
    found = true
    return change(connection)
  })
  return found ? { ...state, connections } : state
}
