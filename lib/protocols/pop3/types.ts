// The shapes shared by the POP3 dispatcher and its command handlers (RFC 1939 §3): what a
// handler sees of the session, and the reply it hands back for the formatter to put on the wire.

import type { MailStore } from '../mailstore'
import type { Pop3State } from '../session'
import type { Maildrop } from './maildrop'
import type { Pop3Reply } from './replies'

export type { Pop3Reply, Pop3ResponseCode } from './replies'

/** What a command handler may see and change of its session. */
export interface Pop3Context {
  readonly store: MailStore
  readonly sessionId: number
  readonly state: Pop3State
  /** The session's view of INBOX: empty before login, a snapshot taken at login (RFC 1939 §5). */
  readonly maildrop: Maildrop
  /** The name a USER gave, waiting for PASS (RFC 1939 §7). */
  pendingUser: string | undefined
  /** When set, the next client line is a SASL response for it, not a command (RFC 5034 §4). */
  continuation: ((line: string) => Pop3Reply) | undefined
  /** Checks credentials; on success enters TRANSACTION with a fresh maildrop (RFC 1939 §4). */
  authenticate(authzid: string, user: string, password: string): Pop3Reply
  /** QUIT from TRANSACTION: enter UPDATE (RFC 1939 §6). */
  enterUpdate(): void
}

/** A command's own argument check: the parsed value, or the -ERR reply that refuses it. */
export type Pop3Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reply: Pop3Reply }

/** One POP3 command, in its own file under commands/ (wildduck's shape): parse, then handle. */
export interface Pop3Command<P = string> {
  /** Upper-case keyword (RFC 1939 §3: keywords are case-insensitive). */
  readonly name: string
  readonly allowedStates: readonly Pop3State[]
  /**
   * Checks the argument syntax, before the handler sees the maildrop. When absent, the handler
   * gets the text after the keyword and its space as sent.
   */
  readonly parse?: (args: string) => Pop3Parsed<P>
  handle(ctx: Pop3Context, params: P): Pop3Reply
}
