import { liveReducer, initialLiveState } from '@/lib/live/liveState'
import type { LiveConnectionView, LiveEvent } from '@/lib/live/events'
import { LIVE_TRANSCRIPT_WINDOW } from '@/lib/live/events'

const info = { host: '127.0.0.1', ports: { pop3: 1110, imap: 1143, smtp: 1587, http: 3000 }, world: 'reference', users: [{ name: 'alice', password: 'secret' }] }
const store = { users: [], outbound: 0, outboundMessages: [] }
const device = (id: number): LiveConnectionView => ({ id, protocol: 'imap', peer: `127.0.0.1:${5000 + id}`, name: `127.0.0.1:${5000 + id}`, state: 'not authenticated', transcript: [] })

function fold(events: (LiveEvent | { type: 'stream-lost' })[]) {
  return events.reduce(liveReducer, initialLiveState)
}

describe('liveReducer', () => {
  it('a snapshot makes the page live; connect adds a device and disconnect removes it, each announced', () => {
    const connected = fold([{ type: 'snapshot', info, connections: [], store }, { type: 'connect', connection: device(1) }])
    expect(connected.status).toBe('live')
    expect(connected.connections.map((connection) => connection.id)).toEqual([1])
    expect(connected.announcement).toBe('New IMAP client connected from 127.0.0.1:5001.')
    const gone = liveReducer(connected, { type: 'disconnect', id: 1, reason: 'client' })
    expect(gone.connections).toEqual([])
    expect(gone.announcement).toBe('127.0.0.1:5001 (IMAP) disconnected.')
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
