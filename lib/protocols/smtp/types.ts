// The shapes shared by the SMTP dispatcher and its command handlers (RFC 5321 §4.1): what a
// handler sees of the session and its mail transaction, and the reply it hands back.

import type { MailStore } from '../mailstore'
import type { SmtpState } from '../session'
import type { MailTransport } from './transport'

/**
 * The two ports the server listens on, with Postfix's meaning:
 * - `submission` (587, RFC 6409): a user's own device sends mail; AUTH is required for RCPT.
 * - `mta` (25, RFC 5321): another server hands over mail for our users; no AUTH, no relaying.
 */
export type SmtpRole = 'submission' | 'mta'

/** One reply: a three-digit code, an RFC 3463 enhanced status code, and text lines. */
export interface SmtpReply {
  readonly code: number
  /** e.g. "2.1.0"; absent where Postfix sends none (greeting, EHLO, 334, 354, 500 bad syntax). */
  readonly enhanced?: string
  /** One line, or several (EHLO): all but the last are sent as "code-text" (RFC 5321 §4.2.1). */
  readonly lines: readonly string[]
  /** Counts toward the hard error limit. */
  readonly error?: boolean
  /** The server closes the connection after this reply. */
  readonly close?: boolean
}

/** The envelope of the mail transaction in progress (RFC 5321 §3.3). */
export interface Envelope {
  readonly sender: string
  readonly recipients: string[]
  /** The SIZE= the client declared with MAIL (RFC 1870 §6), if any. */
  readonly declaredSize?: number
}

/** What a command handler may see and change of its session. */
export interface SmtpContext {
  readonly store: MailStore
  readonly transport: MailTransport
  readonly role: SmtpRole
  readonly state: SmtpState
  /** The name the client gave with EHLO or HELO, once it has. */
  heloName: string | undefined
  /** True after EHLO (ESMTP), false after HELO; decides "with ESMTP"/"with SMTP" in Received:. */
  esmtp: boolean
  /** The authenticated user (RFC 4954 §4), once there is one. */
  readonly user: string | undefined
  readonly envelope: Envelope | undefined
  /** When set, the next client line goes to it, not to the command table (AUTH, RFC 4954 §4). */
  continuation: ((line: string) => SmtpReply) | undefined
  startTransaction(envelope: Envelope): void
  /** RSET, EHLO and a finished DATA end the transaction (RFC 5321 §4.1.1.5). */
  resetTransaction(): void
  authenticate(user: string, password: string): boolean
  /** DATA accepted with 354: the next lines are message content up to "." (RFC 5321 §4.1.1.4). */
  beginData(): void
}

/** One SMTP command, in its own file under commands/ (the same shape as POP3's and IMAP's). */
export interface SmtpCommand {
  /** Upper-case verb (RFC 5321 §2.4: verbs are case-insensitive). */
  readonly name: string
  /** `args` is everything after the verb and its space. */
  handle(ctx: SmtpContext, args: string): SmtpReply
}
