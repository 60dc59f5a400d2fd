// VRFY address (RFC 5321 §3.5.1, §4.1.1.6): the same restrictions as RCPT decide whether the
// server answers, and then it says only 252 ("cannot verify, but will accept"), as Postfix does.

import { parsePath } from '../parser'
import { recipientPolicy } from '../policy'
import { reply, syntax } from '../replies'
import type { SmtpCommand } from '../types'

export const vrfy: SmtpCommand = {
  name: 'VRFY',
  handle(ctx, args) {
    const argument = args.trim()
    if (argument === '') return syntax('VRFY address')
    const path = parsePath(`TO:${argument}`, 'TO')
    if (path.kind !== 'path' || path.address === '') return reply(501, '5.1.3', 'Bad recipient address syntax')
    return recipientPolicy(ctx, path.address) ?? reply(252, '2.0.0', path.address)
  },
}
