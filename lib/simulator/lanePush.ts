// How a lane's IDLE clients hear the server (RFC 2177): after anything that may change a
// mailbox, every client waiting in IDLE whose connection has unasked output takes it, in device
// order, and acts on it (new mail: DONE, fetch, IDLE again) at the same simulated minute.

import type { ClockedDevice } from './laneClock'
import type { DeviceId } from './devices'

/** Rounds of pushes per action: a client's own fetch may push to others, but it settles. */
const MAX_PUSH_ROUNDS = 16

export interface PushedLane<Client> {
  readonly devices: readonly ClockedDevice<Client>[]
  activeDevice: DeviceId | null
}

export interface PushHandlers<Client> {
  /** True while the client rests in IDLE with output waiting on its connection. */
  hasPush(client: Client): boolean
  /** Before the first push of an action: the change is on the server, no device has heard yet. */
  beforeFirst(): void
  /** The client takes the push and does what it calls for. */
  hear(client: Client): void
}

export function deliverPushes<Client>(lane: PushedLane<Client>, handlers: PushHandlers<Client>): void {
  let first = true
  for (let round = 0; round < MAX_PUSH_ROUNDS; round++) {
    let heard = false
    for (const device of lane.devices) {
      if (!device.online) continue
      for (const client of device.clients) {
        if (!handlers.hasPush(client)) continue
        if (first) handlers.beforeFirst()
        first = false
        heard = true
        lane.activeDevice = device.id
        handlers.hear(client)
      }
    }
    if (!heard) return
  }
}
