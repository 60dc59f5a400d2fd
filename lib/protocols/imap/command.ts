// The command descriptor (wildduck-style): what a command file exports, what its handler may see
// (the command context) and what it returns, plus the state sets commands are allowed in.

import type { MailStore, Mailbox } from '@/lib/protocols/mailstore'
import type { ImapState } from '@/lib/protocols/session'
import type { ImapArg, Parsed } from './arguments'
import type { Selection } from './selection'

export type Status = 'OK' | 'NO' | 'BAD'

/** What a handler returns; only the dispatcher turns it into the tagged line. */
export interface HandlerResult {
  readonly status: Status
  /** A response code without brackets, e.g. `READ-WRITE` or `COPYUID 1795693100 1 1` (RFC 3501 §7.1). */
  readonly code?: string
  readonly text: string
  /** Untagged responses (without CRLF; a line may hold a literal) sent before the tagged line. */
  readonly untagged?: readonly string[]
  /** Instead of a tagged line, a continuation request `+ text` (IDLE, AUTHENTICATE). */
  readonly continuation?: string
  /** Untagged lines sent after the tagged line, e.g. the BYE after deleting the selected mailbox. */
  readonly after?: readonly string[]
  /** The server closes the connection after this reply (LOGOUT, BYE). */
  readonly close?: boolean
  /** Counts toward the invalid-command limit (syntax errors, as Dovecot counts them). */
  readonly invalid?: boolean
}

/** Which untagged EXPUNGEs may go out after a command (RFC 3501 §7.4.1). */
export type SyncMode = 'full' | 'no-expunge' | 'none'

/** What the session lets a handler see and do. */
export interface CommandContext {
  readonly store: MailStore
  readonly sessionId: number
  readonly tag: string
  /** True for the UID prefix (RFC 3501 §6.4.8). */
  readonly uid: boolean
  readonly state: ImapState
  readonly user: string | undefined
  readonly selection: Selection | undefined
  login(user: string): void
  /** Closes any selected mailbox (without expunging) and selects this one. */
  select(mailbox: Mailbox, readOnly: boolean): Selection
  /** Back to the authenticated state; `expunge` is CLOSE's silent expunge (RFC 3501 §6.4.2). */
  unselect(expunge: boolean): void
  beginIdle(): void
  /** AUTHENTICATE without an initial response waits for the client's next line (RFC 3501 §6.2.2). */
  awaitAuthResponse(finish: (line: string) => HandlerResult): void
}

/** One command file's export: name, the states it is allowed in, argument schema and handler. */
export interface ImapCommand<P = unknown> {
  readonly name: string
  readonly allowedStates: readonly ImapState[]
  /** When absent, the command takes no arguments and ignores the rest of the line, as Dovecot does. */
  readonly parse?: (args: readonly ImapArg[], ctx: CommandContext) => Parsed<P>
  readonly handle: (ctx: CommandContext, params: P) => HandlerResult
  /** Which pending updates may follow the reply; default 'full'. */
  readonly sync?: (ctx: CommandContext) => SyncMode
  /**
   * Called when the arguments announce a literal, before the server agrees to read it
   * (APPEND checks the quota here, as Dovecot does before `+ OK`).
   */
  readonly checkLiteral?: (ctx: CommandContext, args: readonly ImapArg[], size: number) => HandlerResult | undefined
}

/** A command as the registry holds it, its parameter type erased. */
export type AnyImapCommand = ImapCommand<never>

/** Declares a command file's export with its parameter type checked. */
export function defineCommand<P>(command: ImapCommand<P>): AnyImapCommand {
  return command as unknown as AnyImapCommand
}

export const ALL_STATES_AFTER_LOGIN: readonly ImapState[] = ['authenticated', 'selected']
export const SELECTED_ONLY: readonly ImapState[] = ['selected']
export const ANY_STATE: readonly ImapState[] = ['not authenticated', 'authenticated', 'selected']
export const NOT_AUTHENTICATED: readonly ImapState[] = ['not authenticated']
