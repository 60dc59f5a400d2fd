// USER name (RFC 1939 §7): remembers the name for the PASS that follows. Like Dovecot, any name
// gets +OK, so the reply does not tell who has a mailbox here.

import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const user: Pop3Command = {
  name: 'USER',
  allowedStates: ['AUTHORIZATION'],
  handle(ctx, args) {
    ctx.pendingUser = args
    return ok()
  },
}
