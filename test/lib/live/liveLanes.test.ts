import { liveLane, commandVerb, protocolStateOf } from '@/lib/live/liveLanes'
import { continueLiteral } from '@/lib/live/wireObservations'
import { initialLiveState, liveReducer, type LiveState } from '@/lib/live/liveState'
import type { LiveConnectionView, LiveEvent, LiveStoreView } from '@/lib/live'

const info = { host: '127.0.0.1', ports: { pop3: 1110, imap: 1143, smtp: 1587, http: 3000 }, world: 'reference', users: [{ name: 'alice', password: 'secret' }] }
const message = (uid: number, flags: string[] = []) => ({ uid, subject: `Message ${uid}`, from: 'bob@example.org', size: 100 * uid, flags })
const store = (inbox = [message(1), message(2), message(3)]): LiveStoreView => ({
  users: [
    {
      name: 'alice',
      quotaBytes: 10_000,
      mailboxes: [
        { name: 'INBOX', total: inbox.length, messages: inbox },
        { name: 'Sent', total: 1, messages: [message(1, ['\\Seen'])] },
      ],
    },
  ],
  outbound: 1,
  outboundMessages: [{ from: 'alice@example.org', to: ['carol@elsewhere.test'], subject: 'Out', size: 42 }],
})
const connection = (id: number, protocol: LiveConnectionView['protocol'], state: string): LiveConnectionView => ({ id, protocol, peer: `127.0.0.1:${5000 + id}`, name: `127.0.0.1:${5000 + id}`, state, transcript: [] })

let seq = 0
function say(id: number, direction: 'client' | 'server', text: string): LiveEvent {
  return { type: 'line', id, line: { seq: ++seq, direction, text, at: seq } }
}
function fold(events: LiveEvent[], from: LiveState = initialLiveState): LiveState {
  return events.reduce(liveReducer, from)
}
const start = (events: LiveEvent[] = []) => fold([{ type: 'snapshot', info, connections: [], store: store() }, ...events])

describe('liveLane: the live state in the lab view contract', () => {
  it('a POP3 client is a device of the POP3 lane; RETR puts the whole message on it, TOP only its head, DELE marks the server copy', () => {
    const state = start([
      { type: 'connect', connection: connection(1, 'pop3', 'AUTHORIZATION') },
      say(1, 'server', '+OK POP3 ready'),
      say(1, 'client', 'USER alice'),
      say(1, 'server', '+OK'),
      say(1, 'client', 'PASS secret'),
      say(1, 'server', '+OK logged in'),
      { type: 'state', id: 1, state: 'TRANSACTION', user: 'alice' },
      say(1, 'client', 'RETR 2'),
      say(1, 'server', '+OK 200 octets'),
      say(1, 'server', '+OK this body line looks like a status line'),
      say(1, 'server', '.'),
      say(1, 'client', 'TOP 3 0'),
      say(1, 'server', '+OK'),
      say(1, 'server', '.'),
      say(1, 'client', 'DELE 1'),
      say(1, 'server', '+OK message 1 deleted'),
    ])
    const { lane, labels, account } = liveLane(state, 'pop3')
    expect(account).toBe('alice')
    expect(lane.devices).toHaveLength(1)
    const [device] = lane.devices
    expect(device).toMatchObject({ id: 'phone', label: '127.0.0.1:5001 · alice', online: true, protocolState: 'TRANSACTION', clientStep: 'DELE', idling: false, outbox: [] })
    expect(device.lastProtocolMove).toEqual({ from: 'AUTHORIZATION', to: 'TRANSACTION' })
    expect(device.messages.map((m) => [m.key, m.hasBody, m.seen])).toEqual([
      ['alice:2', true, false],
      ['alice:3', false, false],
    ])
    expect(device.bytesUsed).toBe(200)
    expect(labels).toEqual({ phone: '127.0.0.1:5001 · alice' })
    expect(lane.server.messages.map((m) => [m.key, m.mailbox, m.markedForDeletion])).toEqual([
      ['alice:1', 'INBOX', true],
      ['alice:2', 'INBOX', false],
      ['alice:3', 'INBOX', false],
      ['alice:Sent:1', 'Sent', false],
    ])
    expect(lane.server).toMatchObject({ bytesUsed: 700, quotaBytes: 10_000, outbound: [{ to: ['carol@elsewhere.test'], subject: 'Out' }] })
    // Exchanges: the greeting, then one per command with every server line of its reply.
    expect(lane.transcript.map((entry) => entry.client)).toEqual([null, 'USER alice', 'PASS secret', 'RETR 2', 'TOP 3 0', 'DELE 1'])
    expect(lane.transcript.map((entry) => entry.step)).toEqual(['greeting', 'USER', 'PASS', 'RETR', 'TOP', 'DELE'])
    expect(lane.transcript[3].server).toBe('+OK 200 octets\r\n+OK this body line looks like a status line\r\n.\r\n')
    expect(lane.activeDevice).toBe('phone')
    expect(lane.lastExchanges).toEqual([lane.transcript[5].index])
    expect(lane.metrics).toEqual({ roundTrips: 5, bytesToServer: 'USER alice'.length + 'PASS secret'.length + 'RETR 2'.length + 'TOP 3 0'.length + 'DELE 1'.length + 10, bytesFromServer: expect.any(Number) })
    expect(lane.clockMinutes).toBe(0)
    // An exchange no line joined is the same object in the next lanes (its notes are not recomputed).
    const next = liveLane(fold([say(1, 'client', 'NOOP')], state), 'pop3').lane
    expect(next.transcript[4]).toBe(lane.transcript[4])
    expect(next.transcript.at(-1)).toMatchObject({ client: 'NOOP', server: '' })
    // RSET unmarks.
    const reset = fold([say(1, 'client', 'RSET'), say(1, 'server', '+OK')], state)
    expect(liveLane(reset, 'pop3').lane.server.messages.some((m) => m.markedForDeletion)).toBe(false)
  })

  it('an IMAP client holds what FETCH brought (body or headers), by UID or by number in the selected INBOX; IDLE shows as idling', () => {
    const seen = { ...store([message(1, ['\\Seen']), message(2), message(3)]) }
    const state = fold([
      { type: 'snapshot', info, connections: [], store: store() },
      { type: 'connect', connection: connection(7, 'imap', 'not authenticated') },
      { type: 'state', id: 7, state: 'authenticated', user: 'alice' },
      say(7, 'client', 'a1 FETCH 1 (BODY[])'),
      say(7, 'server', '* 1 FETCH (BODY[] {100}'),
      say(7, 'client', 'a2 SELECT INBOX'),
      say(7, 'server', 'a2 OK [READ-WRITE] SELECT completed'),
      { type: 'state', id: 7, state: 'selected', user: 'alice' },
      say(7, 'client', 'a3 FETCH 1 (BODY[])'),
      say(7, 'server', '* 1 FETCH (FLAGS (\\Seen) BODY[] {100}'),
      say(7, 'client', 'a4 UID FETCH 3 (ENVELOPE)'),
      say(7, 'server', '* 3 FETCH (UID 3 ENVELOPE ("date" "Message 3" NIL NIL NIL NIL NIL NIL NIL NIL))'),
      say(7, 'server', '* 2 FETCH (FLAGS (\\Seen))'),
      { type: 'store', store: seen },
      say(7, 'client', 'a5 IDLE'),
      say(7, 'server', '+ idling'),
    ])
    const { lane } = liveLane(state, 'imap')
    const [device] = lane.devices
    expect(device.idling).toBe(true)
    expect(device.clientStep).toBe('idling')
    expect(device.protocolState).toBe('selected')
    expect(device.messages.map((m) => [m.uid, m.hasBody, m.seen])).toEqual([
      [1, true, true],
      [3, false, false],
    ])
    expect(lane.server.messages[0].flags).toEqual(['\\Seen'])
    const done = fold([say(7, 'client', 'DONE'), say(7, 'server', 'a5 OK IDLE terminated')], state)
    expect(liveLane(done, 'imap').lane.devices[0].idling).toBe(false)
  })

  it('connections keep their device slot when another leaves; a fifth is counted, not drawn, until a slot frees; SMTP has no lane', () => {
    let state = start([1, 2, 3, 4, 5].map((id) => ({ type: 'connect', connection: connection(id, 'imap', 'not authenticated') }) as LiveEvent))
    state = fold([{ type: 'connect', connection: connection(9, 'smtp', 'connected') }], state)
    expect(liveLane(state, 'imap').lane.devices.map((device) => device.id)).toEqual(['phone', 'laptop', 'tablet', 'desktop'])
    expect(liveLane(state, 'imap').hidden).toBe(1)
    state = fold([{ type: 'disconnect', id: 2, reason: 'client' }, { type: 'connect', connection: connection(6, 'imap', 'not authenticated') }], state)
    expect(liveLane(state, 'imap').lane.devices.map((device) => [device.id, device.label])).toEqual([
      ['phone', '127.0.0.1:5001'],
      ['laptop', '127.0.0.1:5005'],
      ['tablet', '127.0.0.1:5003'],
      ['desktop', '127.0.0.1:5004'],
    ])
    expect(liveLane(state, 'imap').hidden).toBe(1)
    expect(liveLane(state, 'pop3').lane.devices).toEqual([])
    expect(liveLane(state, 'pop3').lane.transcript).toEqual([])
  })

  it('a POP3 client that quits stays drawn, offline, with what it downloaded; its DELE marks no longer show on the server', () => {
    const state = start([
      { type: 'connect', connection: connection(1, 'pop3', 'AUTHORIZATION') },
      { type: 'state', id: 1, state: 'TRANSACTION', user: 'alice' },
      say(1, 'client', 'RETR 2'),
      say(1, 'server', '+OK 200 octets'),
      say(1, 'server', 'Subject: Message 2'),
      say(1, 'server', '.'),
      say(1, 'client', 'DELE 3'),
      say(1, 'server', '+OK Marked to be deleted.'),
      { type: 'disconnect', id: 1, reason: 'server' },
    ])
    const { lane, labels } = liveLane(state, 'pop3')
    expect(lane.devices).toHaveLength(1)
    expect(lane.devices[0]).toMatchObject({ id: 'phone', online: false, clientStep: 'disconnected', protocolState: null, lastProtocolMove: { from: 'TRANSACTION', to: null } })
    expect(lane.devices[0].messages.map((m) => [m.uid, m.hasBody])).toEqual([[2, true]])
    expect(lane.server.messages.filter((m) => m.markedForDeletion)).toEqual([])
    expect(labels.phone).toBe('127.0.0.1:5001 · alice')
    expect(lane.transcript.map((entry) => entry.client)).toEqual(['RETR 2', 'DELE 3'])
    // Another client moves message 2 away on the server: the POP3 download is the client's own copy.
    const moved = fold([{ type: 'store', store: store([message(1), message(3)]) }], state)
    expect(liveLane(moved, 'pop3').lane.devices[0].messages.map((m) => [m.uid, m.subject, m.hasBody])).toEqual([[2, 'Message 2', true]])
  })

  it('an IMAP client mirrors the server: a message expunged there leaves the client view too', () => {
    const state = start([
      { type: 'connect', connection: connection(1, 'imap', 'not authenticated') },
      { type: 'state', id: 1, state: 'selected', user: 'alice' },
      say(1, 'client', 'a1 SELECT INBOX'),
      say(1, 'server', 'a1 OK'),
      say(1, 'client', 'a2 UID FETCH 1:2 (BODY.PEEK[])'),
      say(1, 'server', '* 1 FETCH (UID 1 BODY[] {100}'),
      say(1, 'server', '* 2 FETCH (UID 2 BODY[] {200}'),
      { type: 'store', store: store([message(1), message(3)]) },
    ])
    expect(liveLane(state, 'imap').lane.devices[0].messages.map((m) => m.uid)).toEqual([1])
  })

  it("an IMAP APPEND's literal (the message) is part of its command: one exchange, and the device's step stays APPEND", () => {
    const message = ['From: Alice <alice@example.org>', 'Subject: Hi', '', 'Sent by the lab.']
    const octets = message.reduce((sum, line) => sum + line.length + 2, 0)
    const state = start([
      { type: 'connect', connection: connection(1, 'imap', 'authenticated') },
      say(1, 'client', `104 append "Sent" (\\Seen) {${octets}+}`),
      ...message.map((line) => say(1, 'client', line)),
      say(1, 'client', ''),
      say(1, 'server', '104 OK [APPENDUID 1 1] Append completed.'),
      say(1, 'client', '105 noop'),
      say(1, 'server', '105 OK NOOP completed.'),
    ])
    const { lane } = liveLane(state, 'imap')
    expect(lane.transcript.map((entry) => [entry.step, entry.server])).toEqual([
      ['APPEND', '104 OK [APPENDUID 1 1] Append completed.\r\n'],
      ['NOOP', '105 OK NOOP completed.\r\n'],
    ])
    expect(lane.transcript[0].client).toBe([`104 append "Sent" (\\Seen) {${octets}+}`, ...message, ''].join('\r\n'))
    // A literal that ends mid-line: the rest of that line is the command's, and may open another literal.
    expect(continueLiteral(undefined, 'a1 APPEND INBOX {3}')).toEqual({ partOfCommand: false, literal: 3 })
    expect(continueLiteral(3, 'abc')).toEqual({ partOfCommand: true, literal: undefined })
    expect(continueLiteral(5, 'abc')).toEqual({ partOfCommand: true, literal: 0 })
    expect(continueLiteral(2, 'abc {5}')).toEqual({ partOfCommand: true, literal: 5 })
    expect(continueLiteral(0, '')).toEqual({ partOfCommand: true, literal: undefined })
    const appending = start([{ type: 'connect', connection: connection(1, 'imap', 'authenticated') }, say(1, 'client', `7 APPEND INBOX {${octets}}`), say(1, 'server', '+ OK'), ...message.map((line) => say(1, 'client', line)), say(1, 'client', '')])
    expect(liveLane(appending, 'imap').lane.devices[0].clientStep).toBe('APPEND')
    expect(liveLane(appending, 'imap').lane.transcript).toHaveLength(1)
  })

  it('two connections of one client and user (Thunderbird opens two to IMAP) are told apart by their port', () => {
    const thunderbird = (id: number): LiveConnectionView => ({ ...connection(id, 'imap', 'authenticated'), name: 'Thunderbird 153.8.0', user: 'alice' })
    const state = start([{ type: 'connect', connection: thunderbird(1) }, { type: 'connect', connection: thunderbird(2) }, { type: 'connect', connection: connection(3, 'imap', 'not authenticated') }])
    expect(liveLane(state, 'imap').lane.devices.map((device) => device.label)).toEqual([
      'Thunderbird 153.8.0 · alice · port 5001',
      'Thunderbird 153.8.0 · alice · port 5002',
      '127.0.0.1:5003',
    ])
    expect(liveLane(state, 'imap').labels.laptop).toBe('Thunderbird 153.8.0 · alice · port 5002')
  })

  it('a page that reloads rebuilds the same lanes from the snapshot', () => {
    const live = start([
      { type: 'connect', connection: connection(1, 'pop3', 'AUTHORIZATION') },
      { type: 'state', id: 1, state: 'TRANSACTION', user: 'alice' },
      say(1, 'client', 'RETR 1'),
      say(1, 'server', '+OK'),
      say(1, 'server', 'Subject: Message 1'),
      say(1, 'server', '.'),
    ])
    const reloaded = fold([{ type: 'snapshot', info, connections: live.connections, store: live.store as LiveStoreView }])
    const fresh = liveLane(reloaded, 'pop3').lane
    const original = liveLane(live, 'pop3').lane
    expect(fresh.devices.map((d) => d.messages)).toEqual(original.devices.map((d) => d.messages))
    expect(fresh.transcript).toEqual(original.transcript)
  })

  it('protocol states and command verbs', () => {
    expect(protocolStateOf('pop3', 'greeting')).toBeNull()
    expect(protocolStateOf('imap', 'logout')).toBe('logout')
    expect(protocolStateOf('imap', 'TRANSACTION')).toBeNull()
    expect(commandVerb('imap', 'a1 UID FETCH 1:* (FLAGS)')).toBe('UID FETCH')
    expect(commandVerb('pop3', 'PASS secret')).toBe('PASS')
    expect(commandVerb('imap', 'a1')).toBeUndefined()
  })
})
