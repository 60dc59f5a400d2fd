// DELE msg (RFC 1939 §5): only marks the message. It disappears from this session's listings at
// once, but leaves the store only when QUIT enters the UPDATE state (RFC 1939 §6).

import { parseOnlyMessageNumber } from '../arguments'
import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const dele: Pop3Command<number> = {
  name: 'DELE',
  allowedStates: ['TRANSACTION'],
  parse: parseOnlyMessageNumber,
  handle(ctx, number) {
    const index = ctx.maildrop.find(number)
    if (typeof index !== 'number') return index
    ctx.maildrop.markDeleted(index)
    return ok('Marked to be deleted.')
  },
}
