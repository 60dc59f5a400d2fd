// What the console says when the learner drops a connection without QUIT or LOGOUT: what
// survives on the server, per protocol. The two protocols differ, so there is no one sentence.

import type { MailProtocol } from '@/lib/protocols'

export const DROP_NOTICE: Readonly<Record<MailProtocol, string>> = {
  // RFC 1939 §6: only QUIT from TRANSACTION enters UPDATE, so DELE marks are dropped. The
  // pending \Seen is our server's (and Dovecot's) choice, stored when the session ends.
  pop3:
    'Connection dropped without QUIT. Nothing is deleted: DELE marks count only after QUIT (RFC 1939 §6). This lab, like Dovecot, still records \\Seen for each message RETR sent.',
  // RFC 3501 §6.4.6, §6.4.3: STORE and EXPUNGE take effect when each command completes; a drop
  // undoes nothing and expunges nothing (only CLOSE or EXPUNGE would).
  imap:
    'Connection dropped without LOGOUT. Every command the server already answered with OK stays done: flags set by STORE and messages removed by EXPUNGE. Messages marked \\Deleted but not expunged stay, still marked.',
  // RFC 5321 §4.1.1.4: the server takes responsibility only with its 250 reply to the final ".";
  // a transaction cut off before that is abandoned (docs/protocols-smtp.md).
  smtp:
    'Connection dropped without QUIT. A message counts as sent only once the server answered 250 to its final ".". One still being written is thrown away: nothing is delivered.',
}
