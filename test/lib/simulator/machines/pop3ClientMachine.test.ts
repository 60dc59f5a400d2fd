// Model-based tests of the POP3 client: paths generated from the machine with a stub wire, then
// replayed against the real simulated server with the mail-store invariants checked at each event.

import { createActor } from 'xstate'
import { getShortestPaths } from 'xstate/graph'
import { createStubWire, pop3ClientMachine, type ClientEvent } from '@/lib/simulator'
import { createWorld, deliverOne, pathEvents, serverState } from './harness'

const events: ClientEvent[] = [
  { type: 'client.check' },
  { type: 'client.step' },
  { type: 'client.exchange' },
  { type: 'net.drop' },
  { type: 'net.offline' },
  { type: 'net.online' },
  { type: 'settings.change', leaveCopy: true },
  { type: 'settings.change', leaveCopy: false },
]

/** The stub maildrop holds one message, so every step (deleting too) is reachable. */
const stubReplies: Record<string, string> = {
  LIST: '+OK\r\n1 40\r\n.\r\n',
  UIDL: '+OK\r\n1 stub-1\r\n.\r\n',
  'RETR 1': '+OK\r\nSubject: Stub\r\nMessage-ID: <stub@example.org>\r\n\r\nHi\r\n.\r\n',
}
const stub = createStubWire((line) => stubReplies[line] ?? '+OK\r\n', '+OK stub\r\n')

function generatePaths() {
  return getShortestPaths(pop3ClientMachine, {
    input: { device: 'phone', user: 'alice', password: 'secret', leaveCopy: false, wire: stub },
    events,
    serializeState: (state) => JSON.stringify([state.value, state.context.leaveCopy, state.context.plan.length > 0]),
  })
}

/** Replays events on a real server and checks the invariants after each one. */
function replay(eventsToSend: ClientEvent[]) {
  const world = createWorld('pop3')
  const actor = createActor(pop3ClientMachine, { input: { device: 'phone', user: 'alice', password: 'secret', leaveCopy: false, wire: world.wire('phone') } }).start()
  const stored = new Set<string>()
  let uidlByNumber = new Map<string, string>()
  const all = [...eventsToSend, { type: 'net.online' } as const, { type: 'client.check' } as const, ...Array<ClientEvent>(40).fill({ type: 'client.step' })]
  all.forEach((event, index) => {
    if (index === 2) deliverOne(world.server, index)
    const before = serverState(world.server)
    const from = world.transcript.length
    actor.send(event)
    const exchanges = world.transcript.slice(from)
    // A POP3 device never downloads a message it already stored.
    for (const exchange of exchanges) {
      if (exchange.client === 'UIDL') uidlByNumber = new Map(exchange.server.split('\r\n').slice(1, -2).map((line) => line.split(' ') as [string, string]))
      if (exchange.client?.startsWith('RETR ')) expect(stored.has(uidlByNumber.get(exchange.client.slice(5)) ?? '')).toBe(false)
    }
    for (const message of actor.getSnapshot().context.messages) stored.add(message.uidl ?? '')
    // No message leaves the server except by a committed delete (QUIT after DELE).
    const after = serverState(world.server)
    const removed = [...before.keys()].filter((uid) => !after.has(uid))
    if (removed.length > 0) {
      const quit = exchanges.find((exchange) => exchange.client === 'QUIT')
      expect(quit?.server.startsWith('+OK')).toBe(true)
      const deles = world.transcript.slice(0, from + exchanges.indexOf(quit!)).filter((e) => e.client?.startsWith('DELE')).length
      expect(deles).toBeGreaterThanOrEqual(removed.length)
    }
  })
  const context = actor.getSnapshot().context
  // After the final sync the device holds every message once, and (leaving copies) everything the server holds.
  const uidls = context.messages.map((message) => message.uidl)
  expect(new Set(uidls).size).toBe(uidls.length)
  expect(actor.getSnapshot().value).toBe('idle')
  if (context.leaveCopy) expect(context.messages.length).toBeGreaterThanOrEqual(world.server.store.inbox('alice')?.messages.length ?? 0)
  else expect(world.server.store.inbox('alice')?.messages.length).toBe(0)
  return actor.getSnapshot()
}

describe('pop3ClientMachine (model-based)', () => {
  const paths = generatePaths()

  it('reaches every workflow step from idle', () => {
    const values = new Set(paths.map((path) => JSON.stringify(path.state.value)))
    // disconnecting is left in the same event that enters it (QUIT, then idle), so it is no resting state.
    for (const step of ['connecting', 'authorizing', 'retrieving', 'storing', 'deleting']) expect(values).toContain(JSON.stringify({ session: step }))
    expect(values).toContain('"offline"')
    expect(values).toContain('"error"')
  })

  it('keeps the mail-store invariants on every generated path, replayed against the real server', () => {
    expect(paths.length).toBeGreaterThan(10)
    for (const path of paths) replay(pathEvents(path.steps))
  })

  it('leaving copies, a second check downloads only the new message', () => {
    const world = createWorld('pop3')
    const actor = createActor(pop3ClientMachine, { input: { device: 'phone', user: 'alice', password: 'secret', leaveCopy: true, wire: world.wire('phone') } }).start()
    const check = () => {
      actor.send({ type: 'client.check' })
      while (actor.getSnapshot().matches('session')) actor.send({ type: 'client.step' })
    }
    check()
    deliverOne(world.server, 1)
    check()
    const retrs = world.transcript.filter((exchange) => exchange.client?.startsWith('RETR'))
    expect(retrs.map((exchange) => exchange.client)).toEqual(['RETR 1', 'RETR 2', 'RETR 3', 'RETR 4'])
    expect(world.transcript.some((exchange) => exchange.client?.startsWith('DELE'))).toBe(false)
  })

  it('a dropped connection after DELE deletes nothing; the next check commits', () => {
    const world = createWorld('pop3')
    const actor = createActor(pop3ClientMachine, { input: { device: 'phone', user: 'alice', password: 'secret', leaveCopy: false, wire: world.wire('phone') } }).start()
    actor.send({ type: 'client.check' })
    while (!actor.getSnapshot().matches({ session: 'deleting' })) actor.send({ type: 'client.step' })
    actor.send({ type: 'net.drop' })
    expect(actor.getSnapshot().value).toBe('error')
    expect(world.server.store.inbox('alice')?.messages.length).toBe(3)
    actor.send({ type: 'client.check' })
    while (actor.getSnapshot().matches('session')) actor.send({ type: 'client.step' })
    expect(world.server.store.inbox('alice')?.messages.length).toBe(0)
    expect(world.transcript.filter((exchange) => exchange.client?.startsWith('RETR'))).toHaveLength(3)
  })
})
