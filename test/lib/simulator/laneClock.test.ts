// Simulated time in a lane: clock.advance runs polling accounts' checks (normal check-mail
// sessions) at their due minutes, frames carry the clock and each device's next check, and the
// same actions replay to the same frames.

import { clearRunCache, getRun, type DeviceId, type SimAction, type WorldSpec } from '@/lib/simulator'
import { MAX_TIMED_EVENTS_PER_ADVANCE } from '@/lib/simulator/laneClock'
import { ALICE, STARTER_INBOX } from '@/content/scenarios/mail'

function world(devices: { id: DeviceId; checkEvery?: number; push?: boolean; online?: boolean }[]): WorldSpec {
  return {
    users: [{ ...ALICE, messages: STARTER_INBOX }],
    devices: devices.map(({ id, checkEvery, push, online }) => ({ id, online, accounts: [{ user: 'alice', leaveCopy: true, checkEvery, push }] })),
  }
}

const polling = world([
  { id: 'laptop', checkEvery: 10 },
  { id: 'phone', checkEvery: 15 },
])

function run(spec: WorldSpec, actions: SimAction[], protocol: 'pop3' | 'imap', granularity: 'action' | 'step' | 'exchange' = 'step') {
  return getRun({ world: spec, actions, protocols: [protocol], granularity }).lanes[protocol]!
}

/** "device@minute" of every session start (the greeting) in the transcript. */
function sessionStarts(lane: ReturnType<typeof run>): string[] {
  return lane.lane.transcript.filter((entry) => entry.client === null && entry.step === 'connecting').map((entry) => entry.device)
}

afterEach(() => clearRunCache())

describe.each(['pop3', 'imap'] as const)('clock.advance under %s', (protocol) => {
  it('runs each due check in order of minute, then device', () => {
    const lane = run(polling, [{ type: 'clock.advance', minutes: 30 }], protocol)
    // laptop at 10, phone at 15, laptop at 20, laptop and phone at 30 (laptop first).
    expect(sessionStarts(lane)).toEqual(['laptop', 'phone', 'laptop', 'laptop', 'phone'])
    const minutes = lane.frames[0].map((frame) => frame.clockMinutes)
    expect(minutes[0]).toBe(10)
    expect(minutes.at(-1)).toBe(30)
    expect([...minutes].sort((a, b) => a - b)).toEqual(minutes)
  })

  it('puts the clock and each device\'s next check into the frames', () => {
    const lane = run(polling, [{ type: 'clock.advance', minutes: 12 }], protocol, 'action')
    expect(lane.initial.clockMinutes).toBe(0)
    expect(lane.initial.devices.map((device) => device.nextCheckAt)).toEqual([10, 15])
    const end = lane.frames[0].at(-1)!
    expect(end.clockMinutes).toBe(12)
    expect(end.devices.map((device) => [device.id, device.nextCheckAt, device.idling])).toEqual([
      ['laptop', 20, false],
      ['phone', 15, false],
    ])
  })

  it('a device that does not poll has no next check and never checks by itself', () => {
    const lane = run(world([{ id: 'laptop' }]), [{ type: 'clock.advance', minutes: 120 }], protocol)
    expect(lane.lane.transcript).toEqual([])
    expect(lane.frames[0].at(-1)!.devices[0].nextCheckAt).toBeNull()
    expect(lane.frames[0].at(-1)!.notices).toEqual(['time-passed'])
  })

  it('an offline device skips its checks, and checks again N minutes after a missed one', () => {
    const offline = world([{ id: 'laptop', checkEvery: 10, online: false }])
    const lane = run(offline, [{ type: 'clock.advance', minutes: 25 }, { type: 'user.goOnline', device: 'laptop' }, { type: 'clock.advance', minutes: 5 }], protocol)
    const greetings = lane.lane.transcript.filter((entry) => entry.client === null)
    expect(greetings).toHaveLength(1)
    expect(lane.frames[2].at(-1)!.clockMinutes).toBe(30)
  })

  it('stamps a delivery with the clock minute and counts minutes until a poller holds it', () => {
    const actions: SimAction[] = [{ type: 'clock.advance', minutes: 3 }, { type: 'mail.deliver', subject: 'Soon' }, { type: 'clock.advance', minutes: 30 }]
    const lane = run(polling, actions, protocol, 'action')
    const end = lane.frames[2][0]
    expect(end.minutesToSee.map(({ subject, device, minutes }) => `${subject} ${device} ${minutes}`)).toEqual(['Soon laptop 7', 'Soon phone 12'])
  })

  it('replays the same actions to the same frames, at every granularity', () => {
    const actions: SimAction[] = [{ type: 'mail.deliver', subject: 'A' }, { type: 'clock.advance', minutes: 17 }, { type: 'user.checkMail', device: 'phone' }, { type: 'clock.advance', minutes: 14 }]
    for (const granularity of ['action', 'step', 'exchange'] as const) {
      const first = JSON.stringify(run(polling, actions, protocol, granularity).frames)
      clearRunCache()
      expect(JSON.stringify(run(polling, actions, protocol, granularity).frames)).toBe(first)
    }
  })

  it('bounds the work of one advance, however far it goes', () => {
    const lane = run(world([{ id: 'laptop', checkEvery: 1 }]), [{ type: 'clock.advance', minutes: 1_000 }], protocol, 'action')
    expect(lane.frames[0].at(-1)!.clockMinutes).toBe(1_000)
    expect(sessionStarts(lane)).toHaveLength(MAX_TIMED_EVENTS_PER_ADVANCE)
  })

  it('never moves back: a negative or broken advance leaves the clock where it is', () => {
    const lane = run(polling, [{ type: 'clock.advance', minutes: 4 }, { type: 'clock.advance', minutes: -10 }, { type: 'clock.advance', minutes: Number.NaN }], protocol, 'action')
    expect(lane.frames.map((frames) => frames.at(-1)!.clockMinutes)).toEqual([4, 4, 4])
  })
})
