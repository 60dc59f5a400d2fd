// RSET (RFC 1939 §5): unmarks every message marked deleted in this session.

import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const rset: Pop3Command = {
  name: 'RSET',
  allowedStates: ['TRANSACTION'],
  handle(ctx) {
    ctx.maildrop.reset()
    return ok()
  },
}
