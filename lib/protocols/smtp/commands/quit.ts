// QUIT (RFC 5321 §4.1.1.10): the server says goodbye and closes. A transaction that DATA did not
// finish is abandoned; mail already accepted stays accepted.

import { reply } from '../replies'
import type { SmtpCommand } from '../types'

export const quit: SmtpCommand = {
  name: 'QUIT',
  handle(ctx) {
    ctx.resetTransaction()
    return reply(221, '2.0.0', 'Bye', { close: true })
  },
}
