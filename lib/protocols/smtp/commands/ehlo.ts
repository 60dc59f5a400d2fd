// EHLO domain (RFC 5321 §4.1.1.1): the client names itself and learns the service extensions.
// It also ends any mail transaction in progress, as RSET would.

import { ehloKeywords, SMTP_HOSTNAME } from '../constants'
import { reply } from '../replies'
import type { SmtpCommand } from '../types'

export const ehlo: SmtpCommand = {
  name: 'EHLO',
  handle(ctx, args) {
    const domain = args.trim()
    // Postfix sends this 501 without an enhanced status code.
    if (domain === '') return reply(501, undefined, 'Syntax: EHLO hostname')
    ctx.resetTransaction()
    ctx.heloName = domain
    ctx.esmtp = true
    return { code: 250, lines: [SMTP_HOSTNAME, ...ehloKeywords(ctx.role === 'submission')] }
  },
}
