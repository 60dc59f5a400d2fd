// UIDL [msg] (RFC 1939 §7): the unique-id listing, for one message or for every message not
// marked deleted. The ids follow Dovecot's default format, so they are stable across sessions.

import { parseOptionalMessageNumber } from '../arguments'
import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const uidl: Pop3Command<number | undefined> = {
  name: 'UIDL',
  allowedStates: ['TRANSACTION'],
  parse: parseOptionalMessageNumber,
  handle(ctx, number) {
    const drop = ctx.maildrop
    if (number === undefined) return { ...ok(), lines: drop.liveNumbers().map((n) => `${n} ${drop.uidl(n - 1)}`) }
    const index = drop.find(number)
    if (typeof index !== 'number') return index
    return ok(`${index + 1} ${drop.uidl(index)}`)
  },
}
