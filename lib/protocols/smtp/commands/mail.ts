// MAIL FROM:<reverse-path> [SIZE=n] [BODY=7BIT|8BITMIME] (RFC 5321 §4.1.1.2, RFC 1870, RFC 6152):
// starts a mail transaction. Postfix does not require EHLO first (smtpd_helo_required = no).

import { MESSAGE_SIZE_LIMIT } from '../constants'
import { parsePath } from '../parser'
import { outOfSequence, reply, syntax } from '../replies'
import type { SmtpCommand, SmtpReply } from '../types'

export const mail: SmtpCommand = {
  name: 'MAIL',
  handle(ctx, args) {
    if (ctx.envelope) return outOfSequence('nested MAIL command')
    const path = parsePath(args, 'FROM')
    if (path.kind === 'syntax') return syntax('MAIL FROM:<address>')
    if (path.kind === 'bad-address') return reply(501, '5.1.7', 'Bad sender address syntax')
    let declaredSize: number | undefined
    for (const [name, value] of path.params) {
      const problem = checkParameter(name, value)
      if (problem) return problem
      if (name === 'SIZE') declaredSize = Number(value)
    }
    // RFC 1870 §6.2: a declared size over the fixed limit is refused before any data is sent.
    if (declaredSize !== undefined && declaredSize > MESSAGE_SIZE_LIMIT) {
      return reply(552, '5.3.4', 'Message size exceeds fixed limit')
    }
    ctx.startTransaction({ sender: path.address, recipients: [], declaredSize })
    return reply(250, '2.1.0', 'Ok')
  },
}

function checkParameter(name: string, value: string): SmtpReply | undefined {
  if (name === 'SIZE') return /^\d{1,15}$/.test(value) ? undefined : reply(501, '5.5.4', 'Bad message size syntax')
  if (name === 'BODY') {
    return ['7BIT', '8BITMIME'].includes(value.toUpperCase()) ? undefined : reply(501, '5.5.4', 'Bad BODY keyword syntax')
  }
  // RFC 5321 §4.1.1.11: a parameter the server does not know gets 555.
  return reply(555, '5.5.4', `Unsupported option: ${value === '' ? name : `${name}=${value}`}`)
}
