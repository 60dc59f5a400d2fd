// Fixed numbers and word lists of the simulated IMAP4rev1 server (RFC 3501), kept in one place.
// Values follow Dovecot 2.3.19 as recorded in test/fixtures/reference (see docs/protocols-imap.md).

/**
 * Capabilities before login (RFC 3501 §7.2.1), in Dovecot's order. Dovecot also lists
 * LOGIN-REFERRALS (RFC 2221), which we do not implement, so we leave it out (the reference
 * allows fewer, never more). AUTH=LOGIN is the SASL LOGIN mechanism (commands/authenticate.ts).
 */
export const PREAUTH_CAPABILITIES = ['IMAP4rev1', 'SASL-IR', 'ID', 'ENABLE', 'IDLE', 'LITERAL+', 'AUTH=PLAIN', 'AUTH=LOGIN'] as const

/** Capabilities after login, in Dovecot's order, limited to what lib/protocols/imap implements. */
export const AUTH_CAPABILITIES = [
  'IMAP4rev1',
  'SASL-IR',
  'ID',
  'ENABLE',
  'IDLE',
  'UNSELECT',
  'CHILDREN',
  'NAMESPACE',
  'UIDPLUS',
  'MOVE',
  'LITERAL+',
] as const

/** The CAPABILITY list for the state the session is in (RFC 3501 §6.1.1, §7.2.1). */
export function capabilities(loggedIn: boolean): string {
  return (loggedIn ? AUTH_CAPABILITIES : PREAUTH_CAPABILITIES).join(' ')
}

/** The system flags a client may store (RFC 3501 §2.3.2), in the order Dovecot lists them. */
export const SYSTEM_FLAG_ORDER = ['\\Answered', '\\Flagged', '\\Deleted', '\\Seen', '\\Draft'] as const

/**
 * Before login Dovecot's imap-login reads at most this many octets of a line; a line of
 * 1,026 characters or more gets `* BYE Input buffer full, aborting` (imap-long-lines.json).
 */
export const PREAUTH_MAX_LINE = 1025

/** imap-login does not echo a tag longer than this; it answers with the untagged `*` instead. */
export const PREAUTH_MAX_TAG = 100

/** After login: imap_max_line_length (64 KiB). Longer lines get BAD "Too long argument". */
export const MAX_LINE = 65536

/** The largest literal accepted outside APPEND; larger ones get `* BYE Literal size too large`. */
export const MAX_LITERAL = 65536

/** imap-login closes the connection at the third invalid command (imap-errors-preauth.json). */
export const PREAUTH_MAX_BAD_COMMANDS = 3

/** The imap process closes the connection at the twentieth invalid command (CLIENT_MAX_BAD_COMMANDS). */
export const MAX_BAD_COMMANDS = 20

/**
 * What ID (RFC 2971 §3.3) tells about the server. Dovecot's default `imap_id_send = name` sends
 * only its name; we send ours, as the greeting does, rather than claim to be Dovecot.
 */
export const SERVER_ID: ReadonlyArray<readonly [string, string]> = [['name', 'Mail Protocol Lab']]

/** Greeting text after the CAPABILITY code (RFC 3501 §7.1.1). Free text: Dovecot says "Dovecot (Debian) ready.". */
export const IMAP_GREETING_TEXT = 'Mail Protocol Lab ready.'

/** The charsets SEARCH accepts (RFC 3501 §6.4.4) live with their decoder in lib/protocols/text/charsets.ts. */
