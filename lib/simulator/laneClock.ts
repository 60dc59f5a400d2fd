// What simulated time does to a lane: `clock.advance` runs every timed event up to the new minute
// in a fixed order (by minute, then device order, then account order): a polling client's
// automatic check is a normal check-mail session; an idling IMAP client renews its IDLE.

import type { SimulatedClock, TimedEvent } from './clock'
import type { DeviceId } from './devices'

/** What of a lane the clock needs (structural, so this module does not import lane.ts). */
export interface ClockedLane<Client> {
  readonly clock: SimulatedClock<Client>
  readonly devices: readonly ClockedDevice<Client>[]
  activeDevice: DeviceId | null
}

export interface ClockedDevice<Client> {
  id: DeviceId
  online: boolean
  clients: Client[]
}

/** At most this many timed events per advance: a guard against "every minute for a year". */
export const MAX_TIMED_EVENTS_PER_ADVANCE = 200

interface Owned<Client> {
  device: ClockedDevice<Client>
  client: Client
}

/** Every client of the lane in device order, then account order. */
function ownedClients<Client>(lane: ClockedLane<Client>): Owned<Client>[] {
  return lane.devices.flatMap((device) => device.clients.map((client) => ({ device, client })))
}

/** Moves the lane's clock `minutes` on (whole minutes, never back), running what falls due. */
export function advanceClock<Client>(lane: ClockedLane<Client>, minutes: number, run: (event: TimedEvent<Client>) => void): void {
  const step = Number.isFinite(minutes) ? Math.max(0, Math.floor(minutes)) : 0
  const target = lane.clock.minutes + step
  for (let fired = 0; fired < MAX_TIMED_EVENTS_PER_ADVANCE; fired++) {
    const owned = ownedClients(lane)
    const event = lane.clock.nextEvent(
      owned.map((entry) => entry.client),
      target,
    )
    if (!event) break
    lane.clock.fire(event)
    const owner = owned.find((entry) => entry.client === event.client) as Owned<Client>
    // An offline device does not check; its next check is N minutes on, as a mail app's timer.
    if (!owner.device.online) continue
    lane.activeDevice = owner.device.id
    run(event)
  }
  lane.clock.advanceTo(target)
}

/** The minute of the device's next automatic check (the soonest of its accounts'), or null. */
export function nextCheckAt<Client>(lane: ClockedLane<Client>, device: ClockedDevice<Client>): number | null {
  let soonest: number | null = null
  for (const client of device.clients) {
    if (lane.clock.isIdle(client)) continue
    const next = lane.clock.nextCheckAt(client)
    if (next !== null && (soonest === null || next < soonest)) soonest = next
  }
  return soonest
}
