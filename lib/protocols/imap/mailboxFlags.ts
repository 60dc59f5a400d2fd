// The FLAGS and PERMANENTFLAGS a session is told for its selected mailbox (RFC 3501 §7.2.6,
// §7.1 PERMANENTFLAGS): the system flags, then the mailbox's keywords in the order first used.
// SELECT sends them; so does any later sync after a keyword joined the list, as Dovecot does.

import { SYSTEM_FLAG_ORDER } from './constants'

export function mailboxFlagLines(keywords: readonly string[], readOnly: boolean): string[] {
  const flags = [...SYSTEM_FLAG_ORDER, ...keywords].join(' ')
  return [
    `* FLAGS (${flags})`,
    // `\*`: a client may create new keywords (RFC 3501 §7.1); nothing is permanent when read-only.
    readOnly ? '* OK [PERMANENTFLAGS ()] Read-only mailbox.' : `* OK [PERMANENTFLAGS (${flags} \\*)] Flags permitted.`,
  ]
}
