// UIDL [msg] (RFC 1939 §7): the unique-id listing, for one message or for every message not
// marked deleted. The ids follow Dovecot's default format, so they are stable across sessions.

import { parseOptionalMessageNumber } from '../arguments'
import { messageListing } from '../listing'
import type { Pop3Command } from '../types'

export const uidl: Pop3Command<number | undefined> = {
  name: 'UIDL',
  allowedStates: ['TRANSACTION'],
  parse: parseOptionalMessageNumber,
  handle(ctx, number) {
    const drop = ctx.maildrop
    return messageListing(drop, number, (index) => drop.uidl(index))
  },
}
