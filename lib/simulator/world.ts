// The simulated world as plain data: users and their mail, and devices with their accounts.
// Both lanes of a scenario start from identical copies of one WorldSpec.

import type { MessageInput } from '@/lib/protocols'
import type { DeviceId } from './devices'

/** IMAP "keep offline copies": none = summaries only, headers = summaries plus opened bodies, full = every body. */
export type OfflineCopies = 'none' | 'headers' | 'full'

/** One mail account on a device. The protocol is the lane's. */
export interface AccountSpec {
  user: string
  /** POP3: leave a copy on the server (false by default, as the article says). */
  leaveCopy?: boolean
  /** IMAP: what to keep for offline reading (default "headers"). */
  offlineCopies?: OfflineCopies
  /**
   * Check for new mail on its own every this many simulated minutes while online (a mail app's
   * "check every N minutes"). Absent: only when the learner or a step says so.
   */
  checkEvery?: number
  /**
   * IMAP: stay connected in IDLE (RFC 2177) so new mail is pushed at once. POP3 has no push
   * (RFC 1939), so a POP3 account ignores this and relies on `checkEvery`.
   */
  push?: boolean
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
  /** Mailboxes the server holds besides INBOX, created at the start (e.g. Sent, Archive); IMAP devices find them with LIST. */
  folders?: string[]
  /**
   * Messages already filed in some of those folders at the start (say, from webmail last week).
   * POP3 never sees them: it reads only the INBOX (RFC 1939 has one maildrop).
   */
  filed?: Partial<Record<string, MessageInput[]>>
}

/** The starting world of a scenario; both lanes start from identical copies of it. */
export interface WorldSpec {
  users: UserSpec[]
  devices: DeviceSpec[]
  /** Accounts a device added later gets, when the action does not say (default: every user, default settings). */
  newDeviceAccounts?: AccountSpec[]
}
