// A device as a lane runs it: its id, whether it is online, a client per account and its Outbox.
// Kept apart from lane.ts so the modules that act on devices (deviceActions, capture) need not
// import the lane (test/lint/importCycles.test.ts refuses even type-only cycles).

import type { ClientRuntime } from './clientProgress'
import type { DeviceId } from './devices'
import type { OutboxEntry } from './sending'

export interface DeviceRuntime {
  id: DeviceId
  online: boolean
  clients: ClientRuntime[]
  /** Messages written here and not yet accepted by the submission server, oldest first. */
  outbox: OutboxEntry[]
  /** Messages written here so far (numbers the next one). */
  composed: number
}
