// Fixed names and numbers of the simulated SMTP server, kept in one place so the code, the tests
// and docs/protocols-smtp.md cite the same values. They follow the recorded Postfix 3.7 server
// (test/fixtures/reference/transcripts-smtp) and its main.cf settings named below.

/** `myhostname`: the name in the greeting, the EHLO reply and the Received: headers. */
export const SMTP_HOSTNAME = 'mail.example.org'

/** `mydestination`: the domains whose users are local mailboxes on this server. */
export const LOCAL_DOMAINS: readonly string[] = ['example.org']

/** RFC 5321 §4.2: the greeting. "ESMTP" tells the client it may send EHLO (RFC 5321 §3.1). */
export const SMTP_GREETING_TEXT = `${SMTP_HOSTNAME} ESMTP Mail Protocol Lab`

/** `message_size_limit` (RFC 1870 SIZE): the largest message accepted, in octets. */
export const MESSAGE_SIZE_LIMIT = 100_000

/**
 * `line_length_limit`: Postfix's smtpd reads at most 2,048 characters of a command line and
 * skips the rest (so a 3,000-character MAIL FROM is answered as if cut there).
 */
export const COMMAND_LINE_LIMIT = 2048

/**
 * `smtpd_hard_error_limit`: after this many errors in one session Postfix answers 421 and
 * hangs up (RFC 5321 §4.2.2 lets a server close after repeated errors).
 */
export const HARD_ERROR_LIMIT = 20

/**
 * The EHLO keywords (RFC 5321 §4.1.1.1), in Postfix's order. The recorded server also offers
 * ETRN, DSN, SMTPUTF8 and CHUNKING; the simulator implements none of them, so it does not
 * advertise them (reference README: "fewer, but not more, and not one it does not implement").
 */
export function ehloKeywords(offerAuth: boolean): string[] {
  return [
    'PIPELINING', // RFC 2920: the session answers each pipelined line in order
    `SIZE ${MESSAGE_SIZE_LIMIT}`, // RFC 1870
    'VRFY', // RFC 5321 §3.5
    ...(offerAuth ? ['AUTH PLAIN LOGIN'] : []), // RFC 4954, submission only (RFC 6409 §4.3)
    'ENHANCEDSTATUSCODES', // RFC 2034 with the codes of RFC 3463
    '8BITMIME', // RFC 6152: message bytes are stored as sent
  ]
}

/** The SASL mechanisms of AUTH (RFC 4954 §4): PLAIN (RFC 4616) and LOGIN (draft-murchison-sasl-login). */
export const SMTP_SASL_MECHANISMS: readonly string[] = ['PLAIN', 'LOGIN']
