// The simulated POP3 server (RFC 1939, CAPA per RFC 2449, AUTH PLAIN per RFC 5034), answering as
// Dovecot 2.3 does. createMailServer makes one session per POP3 connection.

import type { MailStore } from '../mailstore'
import type { ProtocolSession } from '../session'
import { Pop3Session } from './pop3Session'

export { pop3CommandsAllowed } from './registry'

export function createPop3Session(store: MailStore, sessionId: number): ProtocolSession {
  return new Pop3Session(store, sessionId)
}
