// DELE msg (RFC 1939 §5): only marks the message. It disappears from this session's listings at
// once, but leaves the store only when QUIT enters the UPDATE state (RFC 1939 §6).

import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const dele: Pop3Command = {
  name: 'DELE',
  allowedStates: ['TRANSACTION'],
  handle(ctx, args) {
    const found = ctx.maildrop.resolve(args, false)
    if ('status' in found) return found
    ctx.maildrop.markDeleted(found.index)
    return ok('Marked to be deleted.')
  },
}
