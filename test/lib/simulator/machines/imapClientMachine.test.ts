// Model-based tests of the IMAP client: paths generated with a stub wire, replayed against the
// real simulated server while another device changes flags; invariants checked at each event.

import { createActor } from 'xstate'
import { getShortestPaths } from 'xstate/graph'
import { createStubWire, imapClientMachine, type ClientEvent, type DeviceId } from '@/lib/simulator'
import { createWorld, deliverOne, MESSAGE_IDS, pathEvents, serverState } from './harness'

const [lunch, tickets, photos] = MESSAGE_IDS

const events: ClientEvent[] = [
  { type: 'client.check' },
  { type: 'client.step' },
  { type: 'client.exchange' },
  { type: 'net.drop' },
  { type: 'net.offline' },
  { type: 'net.online' },
  { type: 'user.read', messageId: lunch },
  { type: 'user.flag', messageId: tickets },
  { type: 'user.delete', messageId: photos },
  { type: 'settings.change', offlineCopies: 'full' },
]

const stub = createStubWire(() => 'a0 OK stub\r\n', '* OK stub\r\n')

function generatePaths() {
  return getShortestPaths(imapClientMachine, {
    input: { device: 'phone', user: 'alice', password: 'secret', offlineCopies: 'headers', wire: stub },
    events,
    serializeState: (state) =>
      JSON.stringify([state.value, state.context.offlineCopies, state.context.plan.length > 0, state.context.pending.length + state.context.toOpen.length > 0]),
  })
}

function flagsOf(message: { seen: boolean; flagged: boolean; deleted: boolean }): string[] {
  return [message.deleted && '\\Deleted', message.flagged && '\\Flagged', message.seen && '\\Seen'].filter((flag): flag is string => Boolean(flag)).sort()
}

/** How many times replay() compared the phone's cache with the server after a finished sync. */
let cacheChecks = 0

function replay(pathEventsToSend: ClientEvent[]) {
  const world = createWorld('imap')
  const phone = createActor(imapClientMachine, { input: { device: 'phone', user: 'alice', password: 'secret', offlineCopies: 'headers', wire: world.wire('phone') } }).start()
  const laptop = createActor(imapClientMachine, { input: { device: 'laptop', user: 'alice', password: 'secret', offlineCopies: 'headers', wire: world.wire('laptop') } }).start()
  const sync = (actor: typeof phone) => {
    for (let i = 0; i < 50 && actor.getSnapshot().matches('session'); i++) actor.send({ type: 'client.step' })
  }
  laptop.send({ type: 'client.check' })
  sync(laptop)
  const all: ClientEvent[] = [...pathEventsToSend, { type: 'net.online' }, { type: 'client.check' }, ...Array<ClientEvent>(12).fill({ type: 'client.step' })]
  all.forEach((event, index) => {
    if (index === 1) {
      // Another device changes the mailbox while the phone is mid-path.
      laptop.send({ type: 'user.flag', messageId: lunch })
      sync(laptop)
      deliverOne(world.server, index)
    }
    const before = serverState(world.server)
    const from = world.transcript.length
    const wasInSession = phone.getSnapshot().matches('session')
    phone.send(event)
    const exchanges = world.transcript.slice(from)
    // No message leaves the server except by a committed delete: \Deleted, then EXPUNGE.
    const after = serverState(world.server)
    for (const uid of [...before.keys()].filter((candidate) => !after.has(candidate))) {
      expect(before.get(uid)).toContain('\\Deleted')
      expect(exchanges.some((exchange) => /^a\d+ EXPUNGE$/.test(exchange.client ?? '') && /a\d+ OK/.test(exchange.server))).toBe(true)
    }
    // After a completed sync, the phone's cache agrees with the server's flags.
    const snapshot = phone.getSnapshot()
    if (wasInSession && snapshot.matches('idle')) {
      cacheChecks++
      expect(snapshot.context.pending).toEqual([])
      for (const message of snapshot.context.messages) expect(flagsOf(message)).toEqual((after.get(message.uid ?? 0) ?? []).filter((flag) => flag !== '\\Answered'))
      expect(snapshot.context.messages.map((message) => message.uid).sort()).toEqual([...after.keys()].sort())
    }
  })
  expect(phone.getSnapshot().value).toBe('idle')
}

describe('imapClientMachine (model-based)', () => {
  const paths = generatePaths()

  it('reaches every workflow step and the offline and error states', () => {
    const values = new Set(paths.map((path) => JSON.stringify(path.state.value)))
    for (const step of ['connecting', 'obtaining', 'processing']) expect(values).toContain(JSON.stringify({ session: step }))
    expect(values).toContain('"offline"')
    expect(values).toContain('"error"')
  })

  it('keeps the invariants on every generated path, replayed against the real server', () => {
    expect(paths.length).toBeGreaterThan(10)
    cacheChecks = 0
    for (const path of paths) replay(pathEvents(path.steps))
    // The cache-matches-server check runs only when a sync finishes: it must have run, on
    // (nearly) every path, or the test above proves nothing about the cache.
    expect(cacheChecks).toBeGreaterThanOrEqual(paths.length)
  })

  it('sees another device\'s read through the untagged FETCH of its next sync', () => {
    const world = createWorld('imap')
    const make = (device: DeviceId) =>
      createActor(imapClientMachine, { input: { device, user: 'alice', password: 'secret', offlineCopies: 'headers', wire: world.wire(device) } }).start()
    const phone = make('phone')
    const laptop = make('laptop')
    for (const actor of [phone, laptop]) {
      actor.send({ type: 'client.check' })
      while (actor.getSnapshot().matches('session')) actor.send({ type: 'client.step' })
    }
    phone.send({ type: 'user.read', messageId: lunch })
    while (phone.getSnapshot().matches('session')) phone.send({ type: 'client.step' })
    expect(laptop.getSnapshot().context.messages[0].seen).toBe(false)
    laptop.send({ type: 'client.check' })
    while (laptop.getSnapshot().matches('session')) laptop.send({ type: 'client.step' })
    expect(laptop.getSnapshot().context.messages[0].seen).toBe(true)
    expect(world.transcript.some((exchange) => exchange.device === 'laptop' && /\* 1 FETCH \(UID 1 FLAGS \(\\Seen\)\)/.test(exchange.server))).toBe(true)
  })
})
