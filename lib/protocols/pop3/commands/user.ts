// USER name (RFC 1939 §7): remembers the name for the PASS that follows. Like Dovecot, any name
// gets +OK, so the reply does not tell who has a mailbox here.

import { octetsAsUtf8 } from '../../octets'
import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const user: Pop3Command = {
  name: 'USER',
  allowedStates: ['AUTHORIZATION'],
  handle(ctx, args) {
    // The store's users are text; the client's octets are read as UTF-8, as SASL PLAIN's are (RFC 4616 §2).
    ctx.pendingUser = octetsAsUtf8(args)
    return ok()
  },
}
