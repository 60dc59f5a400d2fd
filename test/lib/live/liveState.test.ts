import { CLOSED_STATE, liveReducer, initialLiveState } from '@/lib/live/liveState'
import type { LiveConnectionView, LiveEvent } from '@/lib/live/events'
import { LIVE_TRANSCRIPT_WINDOW } from '@/lib/live/events'

const info = { host: '127.0.0.1', ports: { pop3: 1110, imap: 1143, smtp: 1587, http: 3000 }, world: 'reference', users: [{ name: 'alice', password: 'secret' }] }
const store = { users: [], outbound: 0, outboundMessages: [] }
const device = (id: number): LiveConnectionView => ({ id, protocol: 'imap', peer: `127.0.0.1:${5000 + id}`, name: `127.0.0.1:${5000 + id}`, state: 'not authenticated', transcript: [] })

function fold(events: (LiveEvent | { type: 'stream-lost' })[]) {
  return events.reduce(liveReducer, initialLiveState)
}

describe('liveReducer', () => {
  it('a snapshot makes the page live; connect adds a device; disconnect leaves it drawn, closed, each announced', () => {
    const connected = fold([{ type: 'snapshot', info, connections: [], store }, { type: 'connect', connection: device(1) }])
    expect(connected.status).toBe('live')
    expect(connected.connections.map((connection) => connection.id)).toEqual([1])
    expect(connected.announcement).toBe('New IMAP client connected from 127.0.0.1:5001.')
    const gone = liveReducer(connected, { type: 'disconnect', id: 1, reason: 'client' })
    expect(gone.connections).toEqual([{ ...device(1), state: CLOSED_STATE }])
    expect(gone.tracks[1]).toMatchObject({ slot: 'phone', closed: 'client', previousState: 'not authenticated' })
    expect(gone.announcement).toBe('127.0.0.1:5001 (IMAP) disconnected.')
    expect(liveReducer(gone, { type: 'disconnect', id: 1, reason: 'client' })).toBe(gone)
  })

  it('a closed connection gives its slot to a new one only when the lane has no free slot, the oldest closed first', () => {
    let state = fold([{ type: 'snapshot', info, connections: [], store }, ...[1, 2, 3, 4].map((id) => ({ type: 'connect', connection: device(id) }) as LiveEvent)])
    state = liveReducer(liveReducer(state, { type: 'disconnect', id: 3, reason: 'client' }), { type: 'disconnect', id: 1, reason: 'server' })
    expect(state.connections.map((connection) => connection.id)).toEqual([1, 2, 3, 4])
    state = liveReducer(state, { type: 'connect', connection: device(5) })
    expect(state.connections.map((connection) => connection.id)).toEqual([2, 3, 4, 5])
    expect(state.tracks[5].slot).toBe('phone')
    expect(state.tracks[1]).toBeUndefined()
    state = liveReducer(state, { type: 'connect', connection: device(6) })
    expect(state.connections.map((connection) => connection.id)).toEqual([2, 4, 5, 6])
    expect(state.tracks[6].slot).toBe('tablet')
    // All four open: a fifth waits unslotted; when one of the four closes, the waiting one takes its slot at once.
    state = liveReducer(state, { type: 'connect', connection: device(7) })
    expect(state.tracks[7].slot).toBeUndefined()
    state = liveReducer(state, { type: 'disconnect', id: 4, reason: 'idle' })
    expect(state.connections.map((connection) => connection.id)).toEqual([2, 5, 6, 7])
    expect(state.tracks[7].slot).toBe('desktop')
  })

  it('the latest closed SMTP session stays (SMTP has no lane); an older closed one goes', () => {
    const smtp = (id: number): LiveConnectionView => ({ ...device(id), protocol: 'smtp', state: 'greeted' })
    let state = fold([{ type: 'snapshot', info, connections: [], store }, { type: 'connect', connection: smtp(1) }, { type: 'connect', connection: smtp(2) }])
    state = liveReducer(state, { type: 'disconnect', id: 1, reason: 'client' })
    expect(state.connections.map((connection) => [connection.id, connection.state])).toEqual([
      [1, CLOSED_STATE],
      [2, 'greeted'],
    ])
    state = liveReducer(state, { type: 'disconnect', id: 2, reason: 'client' })
    expect(state.connections.map((connection) => [connection.id, connection.state])).toEqual([[2, CLOSED_STATE]])
    expect(Object.keys(state.tracks)).toEqual(['2'])
  })

  it('lines, states and names go to their connection; the transcript stays windowed', () => {
    let state = fold([{ type: 'snapshot', info, connections: [device(1), device(2)], store }])
    for (let seq = 1; seq <= LIVE_TRANSCRIPT_WINDOW + 5; seq++) state = liveReducer(state, { type: 'line', id: 2, line: { seq, direction: 'client', text: `a${seq} NOOP`, at: seq } })
    state = liveReducer(state, { type: 'state', id: 2, state: 'authenticated', user: 'alice' })
    state = liveReducer(state, { type: 'name', id: 2, name: 'Thunderbird 115' })
    const [first, second] = state.connections
    expect(first.transcript).toEqual([])
    expect(second.transcript).toHaveLength(LIVE_TRANSCRIPT_WINDOW)
    expect(second.transcript[0].seq).toBe(6)
    expect(second).toMatchObject({ state: 'authenticated', user: 'alice', name: 'Thunderbird 115' })
  })

  it('a lost stream before any snapshot means no live server; after one, it is reconnecting', () => {
    expect(fold([{ type: 'stream-lost' }]).status).toBe('unavailable')
    expect(fold([{ type: 'snapshot', info, connections: [], store }, { type: 'stream-lost' }]).status).toBe('connecting')
    expect(liveReducer(initialLiveState, { type: 'line', id: 9, line: { seq: 1, direction: 'server', text: '+OK', at: 0 } })).toBe(initialLiveState)
  })
})
