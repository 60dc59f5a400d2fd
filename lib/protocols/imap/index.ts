// The simulated IMAP4rev1 server (RFC 3501) as Dovecot 2.3 speaks it, with IDLE, UIDPLUS, MOVE,
// UNSELECT, NAMESPACE, ID, ENABLE and LITERAL+. See docs/protocols-imap.md.

import type { MailStore } from '@/lib/protocols/mailstore'
import type { ProtocolSession } from '@/lib/protocols/session'
import { ImapSession } from './session'

export { imapCommandsAllowed } from './registry'

/** A new IMAP connection to the store; `sessionId` tells its own changes from other sessions'. */
export function createImapSession(store: MailStore, sessionId: number): ProtocolSession {
  return new ImapSession(store, sessionId)
}
