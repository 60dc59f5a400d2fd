// RCPT TO:<forward-path> (RFC 5321 §4.1.1.3): adds a recipient to the transaction. Who may send
// where is the policy of the port (recipientPolicy), as Postfix's restrictions decide it.

import { parsePath } from '../parser'
import { outOfSequence, reply, syntax } from '../replies'
import { recipientPolicy } from '../policy'
import type { SmtpCommand } from '../types'

/** Postfix's smtpd_recipient_limit. */
const RECIPIENT_LIMIT = 1000

export const rcpt: SmtpCommand = {
  name: 'RCPT',
  handle(ctx, args) {
    const envelope = ctx.envelope
    if (!envelope) return outOfSequence('need MAIL command')
    const path = parsePath(args, 'TO')
    if (path.kind === 'syntax') return syntax('RCPT TO:<address>')
    if (path.kind === 'bad-address' || path.address === '') return reply(501, '5.1.3', 'Bad recipient address syntax')
    if (envelope.recipients.length >= RECIPIENT_LIMIT) return reply(452, '4.5.3', 'Error: too many recipients')
    const refusal = recipientPolicy(ctx, path.address, envelope.declaredSize)
    if (refusal) return refusal
    envelope.recipients.push(path.address)
    return reply(250, '2.1.5', 'Ok')
  },
}
