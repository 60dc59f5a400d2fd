// LIST [msg] (RFC 1939 §5): a scan listing "n octets" for one message, or a multi-line list of
// every message not marked deleted.

import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const list: Pop3Command = {
  name: 'LIST',
  allowedStates: ['TRANSACTION'],
  handle(ctx, args) {
    const drop = ctx.maildrop
    if (args === '') {
      const numbers = drop.liveNumbers()
      return { ...ok(`${numbers.length} messages:`), lines: numbers.map((n) => `${n} ${drop.size(n - 1)}`) }
    }
    const found = drop.resolve(args, false)
    if ('status' in found) return found
    return ok(`${found.index + 1} ${drop.size(found.index)}`)
  },
}
