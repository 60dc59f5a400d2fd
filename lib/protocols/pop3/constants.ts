// Fixed numbers and words of the simulated POP3 server (RFC 1939, RFC 2449, RFC 5034), kept in
// one place so the code, the tests and docs/protocols-pop3.md cite the same values.

/** Greeting text after "+OK" (RFC 1939 §4). Free text: Dovecot says "Dovecot (Debian) ready.". */
export const POP3_GREETING_TEXT = 'Mail Protocol Lab ready.'

/**
 * Longest client line, in octets without CRLF, that Dovecot 2.3 accepts (reference README):
 * 1,032 in pop3-login (before login) and 2,046 in pop3 (its 2,048-byte input buffer less CRLF).
 * A longer line gets -ERR and the connection is closed.
 */
export const MAX_LINE_OCTETS_BEFORE_LOGIN = 1032
export const MAX_LINE_OCTETS_AFTER_LOGIN = 2046

/** pop3-login closes on the 3rd bad command in a row (CLIENT_MAX_BAD_COMMANDS = 3, counted with >=). */
export const MAX_BAD_COMMANDS_BEFORE_LOGIN = 3
/** pop3 closes on the 21st bad command in a row (CLIENT_MAX_BAD_COMMANDS = 20, counted with >). */
export const MAX_BAD_COMMANDS_AFTER_LOGIN = 20

/**
 * SASL mechanisms offered (RFC 5034 §4): PLAIN (RFC 4616) and LOGIN, in the order Dovecot lists
 * them with `auth_mechanisms = plain login` (the setting the reference transcripts were recorded with).
 */
export const SASL_MECHANISMS: readonly string[] = ['PLAIN', 'LOGIN']

/** Dovecot's POP3_CAPABILITY_REPLY (RFC 2449 §6), common to both states. */
const COMMON_CAPABILITIES = ['CAPA', 'TOP', 'UIDL', 'RESP-CODES', 'PIPELINING', 'AUTH-RESP-CODE']

/**
 * CAPA before login adds USER and SASL (RFC 2449 §6.8, §6.3). No STLS: the simulator has no TLS.
 * After login Dovecot's pop3 process lists only the common ones.
 */
export const CAPABILITIES_BEFORE_LOGIN: readonly string[] = [
  ...COMMON_CAPABILITIES,
  'USER',
  `SASL ${SASL_MECHANISMS.join(' ')}`,
]
export const CAPABILITIES_AFTER_LOGIN: readonly string[] = COMMON_CAPABILITIES

/** Dovecot parses message numbers as unsigned int and TOP line counts as uoff_t. */
export const MAX_MESSAGE_NUMBER = 2n ** 32n - 1n
export const MAX_LINE_COUNT = 2n ** 64n - 1n
