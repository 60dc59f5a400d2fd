// TOP msg n (RFC 1939 §7): the header, the blank line after it, and the first n body lines,
// dot-stuffed. TOP does not set \Seen (Dovecot marks only on RETR).

import { Maildrop } from '../maildrop'
import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const top: Pop3Command = {
  name: 'TOP',
  allowedStates: ['TRANSACTION'],
  handle(ctx, args) {
    const drop = ctx.maildrop
    const found = drop.resolve(args, true)
    if ('status' in found) return found
    const lines = Maildrop.lineCount(found.rest)
    if (typeof lines !== 'number') return lines
    const text = drop.fetch(found.index)
    if (typeof text !== 'string') return text
    return { ...ok(), message: headerAndLines(text, lines) }
  },
}

/**
 * The text up to and including the empty line that ends the header, plus `count` more lines.
 * A message without an empty line is all header, so all of it is sent (as Dovecot does).
 */
export function headerAndLines(text: string, count: number): string {
  let end: number
  if (text.startsWith('\r\n')) end = 2
  else {
    const blank = text.indexOf('\r\n\r\n')
    if (blank < 0) return text
    end = blank + 4
  }
  for (let n = 0; n < count; n++) {
    const next = text.indexOf('\r\n', end)
    if (next < 0) return text
    end = next + 2
  }
  return text.slice(0, end)
}
