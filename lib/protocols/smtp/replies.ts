// Reply builders and the replies several commands share, worded as the recorded Postfix 3.7
// words them (the text after the codes is free, but the codes are not: RFC 5321 §4.2, RFC 3463).

import type { SmtpReply } from './types'

export function reply(code: number, enhanced: string | undefined, text: string, extra: Partial<SmtpReply> = {}): SmtpReply {
  return { code, enhanced, lines: [text], error: code >= 400, ...extra }
}

export const OK = reply(250, '2.0.0', 'Ok')

/** RFC 5321 §4.2.4: unknown verb. */
export const NOT_RECOGNIZED = reply(500, '5.5.2', 'Error: command not recognized')

/** RFC 5321 §4.1.4: commands out of sequence get 503. */
export function outOfSequence(text: string): SmtpReply {
  return reply(503, '5.5.1', `Error: ${text}`)
}

export function syntax(text: string): SmtpReply {
  return reply(501, '5.5.4', `Syntax: ${text}`)
}

/** RFC 4954 §6 / RFC 3463 5.7.8: the credentials were wrong or unusable. */
export function authFailed(reason: string): SmtpReply {
  return reply(535, '5.7.8', `Error: authentication failed: ${reason}`)
}

/** smtpd_recipient_restrictions refused a recipient (or a VRFY of one): RFC 3463 5.7.1. */
export function accessDenied(address: string): SmtpReply {
  return reply(554, '5.7.1', `<${address}>: Recipient address rejected: Access denied`)
}

/** The MTA port takes mail for our own domains only (RFC 5321 §3.6.1: no open relay). */
export function relayDenied(address: string): SmtpReply {
  return reply(554, '5.7.1', `<${address}>: Relay access denied`)
}

/** RFC 3463 5.1.1: the local part names no mailbox here. */
export function userUnknown(address: string): SmtpReply {
  return reply(550, '5.1.1', `<${address}>: Recipient address rejected: User unknown in local recipient table`)
}
