// HELO domain (RFC 5321 §4.1.1.1): the old greeting, for clients that speak plain SMTP (no
// extensions are listed, and Received: then says "with SMTP").

import { SMTP_HOSTNAME } from '../constants'
import { reply } from '../replies'
import type { SmtpCommand } from '../types'

export const helo: SmtpCommand = {
  name: 'HELO',
  handle(ctx, args) {
    const domain = args.trim()
    if (domain === '') return reply(501, undefined, 'Syntax: HELO hostname')
    ctx.resetTransaction()
    ctx.heloName = domain
    ctx.esmtp = false
    return reply(250, undefined, SMTP_HOSTNAME)
  },
}
