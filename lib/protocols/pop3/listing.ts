// LIST and UIDL answer alike (RFC 1939 §5, §7): with a message number, "+OK n value" for that
// message; without, a multi-line listing "n value" for every message not marked deleted. They
// differ only in the value (size in octets, unique id) and the listing's status text.

import type { Maildrop } from './maildrop'
import { ok } from './replies'
import type { Pop3Reply } from './types'

export function messageListing(
  drop: Maildrop,
  number: number | undefined,
  value: (index: number) => string | number,
  statusText?: (count: number) => string,
): Pop3Reply {
  if (number === undefined) {
    const numbers = drop.liveNumbers()
    return { ...ok(statusText?.(numbers.length)), lines: numbers.map((n) => `${n} ${value(n - 1)}`) }
  }
  const index = drop.find(number)
  if (typeof index !== 'number') return index
  return ok(`${index + 1} ${value(index)}`)
}
