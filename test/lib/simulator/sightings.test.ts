// Minutes to see: the record of when each device first held each delivered message, on its own
// and as a property of whole runs. Over random deliveries, clock advances and checks, a polling
// device holds every message within its checkEvery minutes, and an IMAP device in IDLE at once.
// fast-check runs from the fixed seed of test/setup-property.ts and prints it on failure.

import fc from 'fast-check'
import { clearRunCache, getRun, type SimAction, type WorldSpec } from '@/lib/simulator'
import { minutesToSeeByKey, Sightings } from '@/lib/simulator/sightings'
import { ALICE, STARTER_INBOX } from '@/content/scenarios/mail'

describe('Sightings', () => {
  it('records the first time each device holds a delivered message, once', () => {
    const sightings = new Sightings()
    sightings.delivered('alice', 4, '<a@x>', 'A', 3)
    sightings.observe('phone', 'alice', [], 5)
    sightings.observe('phone', 'alice', [{ messageId: '<a@x>' }], 9)
    sightings.observe('phone', 'alice', [{ messageId: '<a@x>' }], 20)
    sightings.observe('laptop', 'alice', [{ messageId: '<a@x>' }], 3)
    sightings.observe('laptop', 'bob', [{ messageId: '<a@x>' }], 3)
    expect(sightings.records).toEqual([
      { key: 'alice:4', subject: 'A', device: 'phone', minutes: 6 },
      { key: 'alice:4', subject: 'A', device: 'laptop', minutes: 0 },
    ])
    expect(minutesToSeeByKey(sightings.records)).toEqual({ 'alice:4': { phone: 6, laptop: 0 } })
  })

  it('ignores messages that were there from the start (not delivered)', () => {
    const sightings = new Sightings()
    sightings.observe('phone', 'alice', [{ messageId: '<old@x>' }], 0)
    expect(sightings.records).toEqual([])
  })
})

const action = fc.oneof(
  fc.constant<SimAction>({ type: 'mail.deliver' }),
  fc.integer({ min: 0, max: 40 }).map((minutes): SimAction => ({ type: 'clock.advance', minutes })),
  fc.constantFrom<SimAction>({ type: 'user.checkMail', device: 'laptop' }, { type: 'user.checkMail', device: 'phone' }),
)

/** The laptop pushes (IMAP) and polls; the phone only polls. Both leave copies (POP3). */
function world(laptopEvery: number, phoneEvery: number): WorldSpec {
  return {
    users: [{ ...ALICE, messages: STARTER_INBOX }],
    devices: [
      { id: 'laptop', accounts: [{ user: 'alice', push: true, checkEvery: laptopEvery, leaveCopy: true }] },
      { id: 'phone', accounts: [{ user: 'alice', checkEvery: phoneEvery, leaveCopy: true }] },
    ],
  }
}

describe('minutes to see, over random runs', () => {
  afterEach(() => clearRunCache())

  it('polling devices see every delivered message within checkEvery minutes; an IDLE device at once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.array(action, { maxLength: 12 }), (laptopEvery, phoneEvery, middle) => {
        // The laptop starts idling; at the end enough time passes for every poller's next check.
        const actions: SimAction[] = [{ type: 'user.checkMail', device: 'laptop' }, ...middle, { type: 'clock.advance', minutes: Math.max(laptopEvery, phoneEvery) }]
        const delivered = middle.filter((step) => step.type === 'mail.deliver').length
        const run = getRun({ world: world(laptopEvery, phoneEvery), actions, protocols: ['pop3', 'imap'], granularity: 'action' })
        for (const protocol of ['pop3', 'imap'] as const) {
          const end = run.lanes[protocol]!.frames.at(-1)!.at(-1)!
          const by = minutesToSeeByKey(end.minutesToSee)
          expect(Object.keys(by)).toHaveLength(delivered)
          for (const [key, devices] of Object.entries(by)) {
            expect(devices.phone, `${protocol} ${key} phone`).toBeLessThanOrEqual(phoneEvery)
            if (protocol === 'imap') expect(devices.laptop, `imap ${key} laptop`).toBe(0)
            else expect(devices.laptop, `pop3 ${key} laptop`).toBeLessThanOrEqual(laptopEvery)
          }
        }
        clearRunCache()
      }),
      { numRuns: 25 },
    )
  }, 60_000)

  it('the same actions replay to the same frames', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(action, { maxLength: 8 }), (every, actions) => {
        const config = { world: world(every, every + 3), actions: [{ type: 'user.checkMail', device: 'laptop' } as SimAction, ...actions], protocols: ['pop3', 'imap'] as const, granularity: 'step' as const }
        const frames = () => {
          const run = getRun(config)
          return JSON.stringify(config.protocols.map((protocol) => [run.lanes[protocol]!.initial, run.lanes[protocol]!.frames, run.transcript(protocol)]))
        }
        const first = frames()
        clearRunCache()
        expect(frames()).toBe(first)
        clearRunCache()
      }),
      { numRuns: 15 },
    )
  }, 60_000)
})
