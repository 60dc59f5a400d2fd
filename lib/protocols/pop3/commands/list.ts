// LIST [msg] (RFC 1939 §5): a scan listing "n octets" for one message, or a multi-line list of
// every message not marked deleted.

import { parseOptionalMessageNumber } from '../arguments'
import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const list: Pop3Command<number | undefined> = {
  name: 'LIST',
  allowedStates: ['TRANSACTION'],
  parse: parseOptionalMessageNumber,
  handle(ctx, number) {
    const drop = ctx.maildrop
    if (number === undefined) {
      const numbers = drop.liveNumbers()
      return { ...ok(`${numbers.length} messages:`), lines: numbers.map((n) => `${n} ${drop.size(n - 1)}`) }
    }
    const index = drop.find(number)
    if (typeof index !== 'number') return index
    return ok(`${index + 1} ${drop.size(index)}`)
  },
}
