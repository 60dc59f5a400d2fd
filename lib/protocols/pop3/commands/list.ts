// LIST [msg] (RFC 1939 §5): a scan listing "n octets" for one message, or a multi-line list of
// every message not marked deleted.

import { parseOptionalMessageNumber } from '../arguments'
import { messageListing } from '../listing'
import type { Pop3Command } from '../types'

export const list: Pop3Command<number | undefined> = {
  name: 'LIST',
  allowedStates: ['TRANSACTION'],
  parse: parseOptionalMessageNumber,
  handle(ctx, number) {
    const drop = ctx.maildrop
    return messageListing(drop, number, (index) => drop.size(index), (count) => `${count} messages:`)
  },
}
