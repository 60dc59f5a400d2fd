// UID EXPUNGE (RFC 4315 §2.1): like EXPUNGE, but only the \Deleted messages in the UID set.

import { SELECTED_ONLY, defineCommand, type HandlerResult } from '../command'
import { parseSetArg, resolveMessages } from '../messageSet'
import { commandError } from '../replies'
import type { SeqRange } from '../sequence'
import { expungeDeleted } from './expunge'

export const uidExpunge = defineCommand({
  name: 'UID EXPUNGE',
  allowedStates: SELECTED_ONLY,
  parse: (args) => {
    const set = parseSetArg(args[0])
    return set.ok ? { ok: true, value: set.value as SeqRange[] } : set
  },
  handle: (ctx, set): HandlerResult => {
    const seqs = resolveMessages(ctx, set)
    if (!ctx.selection || !seqs) return commandError(ctx, 'EXPUNGE', 'Invalid messageset')
    return expungeDeleted(ctx, ctx.selection, seqs)
  },
})
