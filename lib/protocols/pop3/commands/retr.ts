// RETR msg (RFC 1939 §5): the whole message, dot-stuffed. Like Dovecot, RETR (never TOP) marks
// the message \Seen for the other sessions, stored when this session ends (QUIT or drop).

import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const retr: Pop3Command = {
  name: 'RETR',
  allowedStates: ['TRANSACTION'],
  handle(ctx, args) {
    const drop = ctx.maildrop
    const found = drop.resolve(args, false)
    if ('status' in found) return found
    const text = drop.fetch(found.index)
    if (typeof text !== 'string') return text
    drop.noteRetrieved(found.index)
    return { ...ok(`${drop.size(found.index)} octets`), message: text }
  },
}
