// QUIT (RFC 1939 §4, §6): from AUTHORIZATION it just closes; from TRANSACTION it enters UPDATE,
// removes the messages marked deleted, and closes. This is the only way a POP3 delete commits.

import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const quit: Pop3Command = {
  name: 'QUIT',
  allowedStates: ['AUTHORIZATION', 'TRANSACTION'],
  handle(ctx) {
    if (ctx.state === 'AUTHORIZATION') return { ...ok('Logging out'), close: true }
    const deleted = ctx.maildrop.hasDeletions
    ctx.enterUpdate()
    ctx.maildrop.commit()
    return { ...ok(deleted ? 'Logging out, messages deleted.' : 'Logging out.'), close: true }
  },
}
