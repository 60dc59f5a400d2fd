// RSET (RFC 5321 §4.1.1.5): abandons the mail transaction; the session and its AUTH stay.

import { OK, syntax } from '../replies'
import type { SmtpCommand } from '../types'

export const rset: SmtpCommand = {
  name: 'RSET',
  handle(ctx, args) {
    if (args.trim() !== '') return syntax('RSET')
    ctx.resetTransaction()
    return OK
  },
}
