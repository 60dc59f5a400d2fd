// The simulated clock on its own: polling schedules, IDLE renewals every 29 minutes (RFC 2177 §3),
// and the fixed order of events that fall due at the same minute.

import { IDLE_RENEW_MINUTES, SimulatedClock, type TimedEvent } from '@/lib/simulator/clock'

/** Runs every event up to `until` as a lane does, returning them as "minute kind client". */
function runUntil(clock: SimulatedClock<string>, clients: string[], until: number): string[] {
  const fired: string[] = []
  for (let event: TimedEvent<string> | null; (event = clock.nextEvent(clients, until)); ) {
    clock.fire(event)
    fired.push(`${event.minute} ${event.kind} ${event.client}`)
  }
  clock.advanceTo(until)
  return fired
}

describe('SimulatedClock', () => {
  it('starts at minute 0 and schedules a poller N minutes on', () => {
    const clock = new SimulatedClock<string>()
    expect(clock.minutes).toBe(0)
    clock.poll('laptop', 10)
    expect(clock.nextCheckAt('laptop')).toBe(10)
    expect(clock.nextCheckAt('phone')).toBeNull()
  })

  it('ignores a checkEvery that is absent, zero, negative or not a number', () => {
    const clock = new SimulatedClock<string>()
    for (const every of [undefined, 0, -5, Number.NaN, Number.POSITIVE_INFINITY]) clock.poll('x', every)
    expect(clock.nextCheckAt('x')).toBeNull()
    expect(clock.nextEvent(['x'], 1000)).toBeNull()
  })

  it('fires checks by minute, then in the order of the clients given (device order)', () => {
    const clock = new SimulatedClock<string>()
    clock.poll('phone', 15)
    clock.poll('laptop', 10)
    expect(runUntil(clock, ['laptop', 'phone'], 30)).toEqual(['10 check laptop', '15 check phone', '20 check laptop', '30 check laptop', '30 check phone'])
    expect(clock.minutes).toBe(30)
    expect(clock.nextCheckAt('laptop')).toBe(40)
    expect(clock.nextCheckAt('phone')).toBe(45)
  })

  it('fires nothing before its minute and never moves back', () => {
    const clock = new SimulatedClock<string>()
    clock.poll('laptop', 10)
    expect(runUntil(clock, ['laptop'], 9)).toEqual([])
    expect(clock.minutes).toBe(9)
    clock.advanceTo(3)
    expect(clock.minutes).toBe(9)
    expect(runUntil(clock, ['laptop'], 10)).toEqual(['10 check laptop'])
  })

  it('renews IDLE every 29 minutes instead of polling while idle', () => {
    const clock = new SimulatedClock<string>()
    clock.poll('laptop', 10)
    clock.idleFromNow('laptop')
    expect(IDLE_RENEW_MINUTES).toBe(29)
    expect(runUntil(clock, ['laptop'], 60)).toEqual(['29 renew laptop', '58 renew laptop'])
  })

  it('out of IDLE, polling goes on at its cadence; checks that fell due meanwhile are not made up', () => {
    const clock = new SimulatedClock<string>()
    clock.poll('laptop', 10)
    clock.idleFromNow('laptop')
    runUntil(clock, ['laptop'], 25)
    clock.notIdle('laptop')
    expect(clock.isIdle('laptop')).toBe(false)
    expect(clock.nextCheckAt('laptop')).toBe(30)
  })

  it('forgets a client that is gone', () => {
    const clock = new SimulatedClock<string>()
    clock.poll('phone', 5)
    clock.idleFromNow('phone')
    clock.forget('phone')
    expect(clock.nextCheckAt('phone')).toBeNull()
    expect(clock.isIdle('phone')).toBe(false)
  })
})
