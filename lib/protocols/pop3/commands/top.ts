// TOP msg n (RFC 1939 §7): the header, the blank line after it, and the first n body lines,
// dot-stuffed. TOP does not set \Seen (Dovecot marks only on RETR).

import { parseLineCount, parseMessageNumber } from '../arguments'
import { ok } from '../replies'
import type { Pop3Command, Pop3Parsed } from '../types'

interface TopArguments {
  readonly number: number
  /** Kept unjudged: Dovecot's cmd_top checks the message against the maildrop before the count. */
  readonly lineCount: Pop3Parsed<number>
}

export const top: Pop3Command<TopArguments> = {
  name: 'TOP',
  allowedStates: ['TRANSACTION'],
  parse(args) {
    const message = parseMessageNumber(args, true)
    if (!message.ok) return message
    return { ok: true, value: { number: message.value.number, lineCount: parseLineCount(message.value.rest) } }
  },
  handle(ctx, { number, lineCount }) {
    const drop = ctx.maildrop
    const index = drop.find(number)
    if (typeof index !== 'number') return index
    if (!lineCount.ok) return lineCount.reply
    const text = drop.fetch(index)
    if (typeof text !== 'string') return text
    return { ...ok(), message: headerAndLines(text, lineCount.value) }
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
