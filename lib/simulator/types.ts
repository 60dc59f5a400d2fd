// The simulated world as plain data: users and their mail, devices with accounts, the user
// actions a scenario or a learner applies, and the exchanges recorded on the wire.

import type { MessageInput, Protocol } from '@/lib/protocols'
import type { DeviceId } from './view'

export type { DeviceId, Granularity } from './view'

/** IMAP "keep offline copies": none = summaries only, headers = summaries plus opened bodies, full = every body. */
export type OfflineCopies = 'none' | 'headers' | 'full'

/** One mail account on a device. The protocol is the lane's. */
export interface AccountSpec {
  user: string
  /** POP3: leave a copy on the server (false by default, as the article says). */
  leaveCopy?: boolean
  /** IMAP: what to keep for offline reading (default "headers"). */
  offlineCopies?: OfflineCopies
}

export interface DeviceSpec {
  id: DeviceId
  online?: boolean
  accounts: AccountSpec[]
}

export interface UserSpec {
  name: string
  password: string
  messages: MessageInput[]
  quotaBytes?: number
}

/** The starting world of a scenario; both lanes start from identical copies of it. */
export interface WorldSpec {
  users: UserSpec[]
  devices: DeviceSpec[]
  /** Accounts a device added later gets, when the action does not say (default: every user, default settings). */
  newDeviceAccounts?: AccountSpec[]
}

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

/** One exchange on the wire: a client line (null for the greeting) and everything the server wrote back. */
export interface Exchange {
  device: DeviceId
  account: string
  step: string
  client: string | null
  server: string
}


export type { Protocol }
