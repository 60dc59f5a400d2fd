// What the console says when the learner drops a connection without QUIT or LOGOUT: what
// survives on the server, per protocol. The two protocols differ, so there is no one sentence.

import type { Protocol } from '@/lib/protocols'

export const DROP_NOTICE: Readonly<Record<Protocol, string>> = {
  // RFC 1939 §6: only QUIT from TRANSACTION enters UPDATE, so DELE marks are dropped. The
  // pending \Seen is our server's (and Dovecot's) choice, stored when the session ends.
  pop3:
    'Connection dropped without QUIT. Nothing is deleted: DELE marks count only after QUIT (RFC 1939 §6). This lab, like Dovecot, still records \\Seen for each message RETR sent.',
  // RFC 3501 §6.4.6, §6.4.3: STORE and EXPUNGE take effect when each command completes; a drop
  // undoes nothing and expunges nothing (only CLOSE or EXPUNGE would).
  imap:
    'Connection dropped without LOGOUT. Every command the server already answered with OK stays done: flags set by STORE and messages removed by EXPUNGE. Messages marked \\Deleted but not expunged stay, still marked.',
}
