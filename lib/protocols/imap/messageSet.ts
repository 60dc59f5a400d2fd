// A message-set argument resolved against the session's view of the selected mailbox
// (RFC 3501 §6.4.8 UID prefix, §9 sequence-set).

import type { ImapArg, Parsed } from './arguments'
import type { CommandContext } from './command'
import { parseSequenceSet, resolveSequenceNumbers, resolveUidSet, type SeqRange } from './sequence'

export function parseSetArg(arg: ImapArg | undefined): Parsed<SeqRange[]> {
  if (!arg) return { ok: false, message: 'Invalid arguments' }
  const set = arg.kind === 'atom' ? parseSequenceSet(arg.value) : undefined
  return set ? { ok: true, value: set } : { ok: false, message: 'Invalid messageset' }
}

/**
 * The message numbers a set names in the selected mailbox: by UID under the UID prefix
 * (out-of-range UIDs match nothing), else by number (out of range: undefined → BAD).
 */
export function resolveMessages(ctx: CommandContext, set: readonly SeqRange[]): number[] | undefined {
  const selection = ctx.selection
  if (!selection) return undefined
  if (ctx.uid) {
    const messages = selection.messages
    return resolveUidSet(set, messages.length, (index) => messages[index].uid).map((index) => index + 1)
  }
  return resolveSequenceNumbers(set, selection.count)
}
