// Who may send mail where: the recipient restrictions of each port, as the recorded Postfix is
// configured (RFC 6409 §4.3 for submission, RFC 5321 §3.6.1 against open relaying on port 25).
// RCPT and VRFY share them.

import { reply, accessDenied, relayDenied, userUnknown } from './replies'
import { splitAddress } from './parser'
import type { SmtpContext, SmtpReply } from './types'

/** Undefined when the recipient is acceptable; otherwise the refusal to send. */
export function recipientPolicy(ctx: SmtpContext, address: string, declaredSize?: number): SmtpReply | undefined {
  const local = ctx.transport.isLocalDomain(splitAddress(address).domain)
  if (ctx.role === 'submission') {
    // smtpd_recipient_restrictions = permit_sasl_authenticated, reject
    if (ctx.user === undefined) return accessDenied(address)
  } else if (!local) {
    return relayDenied(address)
  }
  if (!local) return undefined
  const user = ctx.transport.localUser(address)
  if (user === undefined) return userUnknown(address)
  // Dovecot's quota-status policy service, asked by Postfix at RCPT time.
  if (ctx.transport.isFull(user, declaredSize ?? 1)) {
    return reply(552, '5.2.2', `<${address}>: Recipient address rejected: Mailbox is full`)
  }
  return undefined
}
