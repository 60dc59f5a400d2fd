// Puts SMTP replies on the wire (RFC 5321 §4.2): "code SP text" for the last line, "code-text" for
// every line before it, with the RFC 2034 §4 enhanced status code after the basic code on each line.

import type { SmtpReply } from './types'

export function formatReply(reply: SmtpReply): string {
  const prefix = reply.enhanced === undefined ? '' : `${reply.enhanced} `
  return reply.lines
    .map((text, index) => {
      const last = index === reply.lines.length - 1
      // A 334 challenge (RFC 4954 §4) may be empty: Postfix then sends "334 " with its space.
      return `${reply.code}${last ? ' ' : '-'}${prefix}${text}\r\n`
    })
    .join('')
}
