// UIDL [msg] (RFC 1939 §7): the unique-id listing, for one message or for every message not
// marked deleted. The ids follow Dovecot's default format, so they are stable across sessions.

import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const uidl: Pop3Command = {
  name: 'UIDL',
  allowedStates: ['TRANSACTION'],
  handle(ctx, args) {
    const drop = ctx.maildrop
    if (args === '') return { ...ok(), lines: drop.liveNumbers().map((n) => `${n} ${drop.uidl(n - 1)}`) }
    const found = drop.resolve(args, false)
    if ('status' in found) return found
    return ok(`${found.index + 1} ${drop.uidl(found.index)}`)
  },
}
