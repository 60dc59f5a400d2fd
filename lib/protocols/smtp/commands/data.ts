// DATA (RFC 5321 §4.1.1.4): with at least one accepted recipient, the server answers 354 and
// reads the message content up to the lone "." line (the session's DataReader does that).

import { outOfSequence, reply, syntax } from '../replies'
import type { SmtpCommand } from '../types'

export const data: SmtpCommand = {
  name: 'DATA',
  handle(ctx, args) {
    const envelope = ctx.envelope
    if (!envelope) return outOfSequence('need RCPT command')
    if (envelope.recipients.length === 0) return reply(554, '5.5.1', 'Error: no valid recipients')
    if (args.trim() !== '') return syntax('DATA')
    ctx.beginData()
    return reply(354, undefined, 'End data with <CR><LF>.<CR><LF>')
  },
}
