// Replies several command handlers give in the same words, as Dovecot 2.3 words them.

import type { CommandContext, HandlerResult } from './command'

/** A syntax error found by a handler: BAD, counted toward the invalid-command limit. */
export function commandError(ctx: CommandContext, name: string, message: string): HandlerResult {
  return { status: 'BAD', text: `Error in IMAP command ${ctx.uid ? 'UID ' : ''}${name}: ${message}`, invalid: true }
}

export const readOnlyReply: HandlerResult = { status: 'NO', text: 'Mailbox is read-only.' }

export function missingMailbox(name: string, code?: string): HandlerResult {
  return { status: 'NO', code, text: `Mailbox doesn't exist: ${name}` }
}
