// The events a client machine (POP3 or IMAP) understands: the driver's "run a step / one
// exchange", network faults, the user's local actions and a change of account setting.

import type { OfflineCopies } from '../world'

export type ClientEvent =
  | { type: 'client.check' }
  | { type: 'client.step' }
  | { type: 'client.exchange' }
  | { type: 'net.drop' }
  /** The server wrote something unasked on the open connection (IMAP IDLE, RFC 2177). */
  | { type: 'server.push' }
  /** 29 minutes in IDLE: end it and issue it again (RFC 2177 §3). */
  | { type: 'idle.renew' }
  | { type: 'net.offline' }
  | { type: 'net.online' }
  | { type: 'user.read'; messageId: string }
  | { type: 'user.delete'; messageId: string }
  | { type: 'user.flag'; messageId: string }
  /** File a message in another folder (IMAP: on the server at the next session; POP3: on the device only). */
  | { type: 'user.move'; messageId: string; folder: string }
  /** The submission server accepted `raw` from this device: keep the sent copy (IMAP: APPEND to Sent). */
  | { type: 'user.sent'; raw: string }
  | { type: 'settings.change'; leaveCopy?: boolean; offlineCopies?: OfflineCopies }

/** What a user action could not do, for the lane's outcome line. */
export type ClientNotice = 'unknown-message' | 'not-available-offline' | null

export interface ClientAccountInput {
  device: string
  user: string
  password: string
}
