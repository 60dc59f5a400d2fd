// What the IMAP client builds from and for the wire beyond reading replies (which is
// lib/protocols/wire's parseImapReply): compact UID sets for commands, and FLAGS values as lists.

import type { ImapValue } from '@/lib/protocols/wire'

export { parseImapReply } from '@/lib/protocols/wire'
export type { ImapReply, ImapValue, Untagged } from '@/lib/protocols/wire'

/** A compact sequence set for ascending UIDs: [1,2,3,7] → "1:3,7". */
export function toSequenceSet(uids: readonly number[]): string {
  const sorted = [...uids].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}:${sorted[j]}`)
    i = j
  }
  return parts.join(',')
}

/** The flag atoms of a FETCH FLAGS value. */
export function flagList(value: ImapValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((flag): flag is string => typeof flag === 'string') : []
}
