// What a scenario step or a learner does to the world: the simulator's actions.

import type { DeviceId } from './devices'
import type { AccountSpec, OfflineCopies } from './world'

/** A message on a device or the server is named by `${account}:${serverUid}` in both lanes. */
export type MessageKey = string

export type SimAction =
  | { type: 'user.checkMail'; device: DeviceId }
  | { type: 'user.read'; device: DeviceId; key: MessageKey }
  | { type: 'user.delete'; device: DeviceId; key: MessageKey }
  | { type: 'user.flag'; device: DeviceId; key: MessageKey }
  | { type: 'user.goOffline'; device: DeviceId }
  | { type: 'user.goOnline'; device: DeviceId }
  | { type: 'mail.deliver'; user?: string; subject?: string; from?: string; body?: string }
  /** The device checks mail and the connection drops once the named workflow step is done (default: the step before disconnecting). */
  | { type: 'net.drop'; device: DeviceId; afterStep?: string }
  | { type: 'device.lose'; device: DeviceId }
  | { type: 'device.add'; device: DeviceId; accounts?: AccountSpec[] }
  | { type: 'settings.change'; device: DeviceId; account?: string; leaveCopy?: boolean; offlineCopies?: OfflineCopies }

export type SimActionType = SimAction['type']
