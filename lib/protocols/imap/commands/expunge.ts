// EXPUNGE (RFC 3501 §6.4.3): removes every \Deleted message; the untagged EXPUNGEs (highest
// number first, as Dovecot sends them) and the new RECENT count follow from the session's sync.

import type { Selection } from '../selection'
import { SELECTED_ONLY, defineCommand, type CommandContext, type HandlerResult } from '../command'
import { readOnlyReply } from '../replies'

/** Expunges the \Deleted messages among these message numbers (all when undefined). */
export function expungeDeleted(ctx: CommandContext, selection: Selection, seqs?: readonly number[]): HandlerResult {
  if (selection.readOnly) return readOnlyReply
  const candidates = seqs ? seqs.map((seq) => selection.at(seq)) : selection.messages
  const doomed = candidates.filter((message) => message.flags.has('\\Deleted') && selection.isLive(message)).map((message) => message.uid)
  selection.mailbox.expunge(doomed, ctx.sessionId)
  return { status: 'OK', text: 'Expunge completed.' }
}

export const expunge = defineCommand({
  name: 'EXPUNGE',
  allowedStates: SELECTED_ONLY,
  handle: (ctx): HandlerResult => (ctx.selection ? expungeDeleted(ctx, ctx.selection) : { status: 'BAD', text: 'No mailbox selected.' }),
})
