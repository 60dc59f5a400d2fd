// RETR msg (RFC 1939 §5): the whole message, dot-stuffed. Like Dovecot, RETR (never TOP) marks
// the message \Seen for the other sessions, stored when this session ends (QUIT or drop).

import { parseOnlyMessageNumber } from '../arguments'
import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const retr: Pop3Command<number> = {
  name: 'RETR',
  allowedStates: ['TRANSACTION'],
  parse: parseOnlyMessageNumber,
  handle(ctx, number) {
    const drop = ctx.maildrop
    const index = drop.find(number)
    if (typeof index !== 'number') return index
    const text = drop.fetch(index)
    if (typeof text !== 'string') return text
    drop.noteRetrieved(index)
    return { ...ok(`${drop.size(index)} octets`), message: text }
  },
}
