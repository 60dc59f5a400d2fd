// What a scenario step or a learner does to the world: the simulator's actions.

import type { DeviceId } from './devices'
import type { AccountSpec, OfflineCopies } from './world'

/**
 * A message on a device or the server is named by `${account}:${serverUid}` in both lanes when it
 * is in the INBOX, and `${account}:${folder}:${serverUid}` in any other folder (UIDs are per
 * mailbox, RFC 3501 §2.3.1.1). `messageKey` builds one; nothing else spells the format.
 */
export type MessageKey = string

/** The folders a simulated device shows. POP3 only ever sees INBOX (RFC 1939 has one maildrop). */
export type FolderName = 'INBOX' | 'Sent' | 'Archive'
export const FOLDER_NAMES: readonly FolderName[] = ['INBOX', 'Sent', 'Archive']

export function messageKey(account: string, folder: string, uid: number): MessageKey {
  return folder === 'INBOX' ? `${account}:${uid}` : `${account}:${folder}:${uid}`
}

export type SimAction =
  | { type: 'user.checkMail'; device: DeviceId }
  | { type: 'user.read'; device: DeviceId; key: MessageKey }
  | { type: 'user.delete'; device: DeviceId; key: MessageKey }
  | { type: 'user.flag'; device: DeviceId; key: MessageKey }
  | { type: 'user.goOffline'; device: DeviceId }
  | { type: 'user.goOnline'; device: DeviceId }
  /**
   * New mail from outside. `via: 'smtp'`: the sender's server hands it over in an SMTP
   * conversation (role 'mta', like port 25) recorded in the lane's transcript, so a refusal
   * (552 mailbox full) is seen; without it the message is put straight into the store, as before.
   */
  | { type: 'mail.deliver'; user?: string; subject?: string; from?: string; body?: string; via?: 'smtp' }
  /**
   * The device composes a message and submits it over SMTP (RFC 6409, AUTH first). IMAP devices
   * then APPEND it to Sent; a POP3 device keeps it in a local Sent. Offline, it waits in the
   * device's Outbox and is sent when the device is back online.
   */
  | { type: 'user.send'; device: DeviceId; account?: string; to: string; subject: string; body?: string }
  /** File a message in another folder (IMAP: UID MOVE, or COPY + STORE \\Deleted + EXPUNGE). */
  | { type: 'user.move'; device: DeviceId; key: MessageKey; folder: FolderName }
  /** Simulated time passes. Devices that poll check when due; IDLE devices already heard. */
  | { type: 'clock.advance'; minutes: number }
  /** The device checks mail and the connection drops once the named workflow step is done (default: the step before disconnecting). */
  | { type: 'net.drop'; device: DeviceId; afterStep?: string }
  | { type: 'device.lose'; device: DeviceId }
  | { type: 'device.add'; device: DeviceId; accounts?: AccountSpec[] }
  | { type: 'settings.change'; device: DeviceId; account?: string; leaveCopy?: boolean; offlineCopies?: OfflineCopies }

export type SimActionType = SimAction['type']
