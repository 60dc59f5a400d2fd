// What /live shows, folded from the live server's events (lib/live/events.ts). A pure reducer,
// so the page and its tests agree on what each event does. The transcript stays windowed here too.

import { LIVE_TRANSCRIPT_WINDOW, type LiveConnectionView, type LiveEvent, type LiveServerInfo, type LiveStoreView } from '@/lib/live'

export type LiveStatus = 'connecting' | 'live' | 'unavailable'

export interface LiveState {
  status: LiveStatus
  info?: LiveServerInfo
  connections: LiveConnectionView[]
  store?: LiveStoreView
  /** The latest thing worth announcing to screen readers (a device came or went). */
  announcement: string
}

export const initialLiveState: LiveState = { status: 'connecting', connections: [], announcement: '' }

export type LiveAction = LiveEvent | { type: 'stream-lost' }

const label = { pop3: 'POP3', imap: 'IMAP', smtp: 'SMTP' } as const

export function liveReducer(state: LiveState, action: LiveAction): LiveState {
  switch (action.type) {
    case 'stream-lost':
      return { ...state, status: state.status === 'live' ? 'connecting' : 'unavailable' }
    case 'snapshot':
      return { ...state, status: 'live', info: action.info, connections: action.connections, store: action.store }
    case 'connect':
      if (state.connections.some((connection) => connection.id === action.connection.id)) return state
      return {
        ...state,
        connections: [...state.connections, action.connection],
        announcement: `New ${label[action.connection.protocol]} client connected from ${action.connection.peer}.`,
      }
    case 'disconnect': {
      const gone = state.connections.find((connection) => connection.id === action.id)
      if (!gone) return state
      return {
        ...state,
        connections: state.connections.filter((connection) => connection.id !== action.id),
        announcement: `${gone.name} (${label[gone.protocol]}) disconnected.`,
      }
    }
    case 'line':
      return update(state, action.id, (connection) => {
        const transcript = [...connection.transcript, action.line]
        return { ...connection, transcript: transcript.length > LIVE_TRANSCRIPT_WINDOW ? transcript.slice(-LIVE_TRANSCRIPT_WINDOW) : transcript }
      })
    case 'state':
      return update(state, action.id, (connection) => ({ ...connection, state: action.state, user: action.user }))
    case 'name':
      return update(state, action.id, (connection) => ({ ...connection, name: action.name }))
    case 'store':
      return { ...state, store: action.store }
    default:
      return state
  }
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
