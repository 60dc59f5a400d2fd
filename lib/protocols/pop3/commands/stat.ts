// STAT (RFC 1939 §5): "+OK count octets" for the messages not marked deleted.
// Arguments are ignored, as Dovecot ignores them.

import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const stat: Pop3Command = {
  name: 'STAT',
  allowedStates: ['TRANSACTION'],
  handle(ctx) {
    const { count, octets } = ctx.maildrop.stat()
    return ok(`${count} ${octets}`)
  },
}
