// The IMAP responses the console's device model and challenges need, read by lib/protocols/wire
// (the same reader the simulated IMAP client uses): FETCH data, EXISTS/EXPUNGE counts and the
// tagged completion, in the shapes the console keeps.

import { taggedCompletion, untaggedResponse, type ImapResponse, type ImapValue } from '@/lib/protocols/wire'

export interface FetchResponse {
  seq: number
  uid?: number
  flags?: string[]
  /** The FETCH carried message text (BODY[], BODY[TEXT], RFC822, RFC822.TEXT), not only headers. */
  hasBody: boolean
}

/** Data items that carry the message text, not only its header (RFC 3501 §6.4.5); BODY[]<n> is a part of it. */
const BODY_ITEMS = new Set(['BODY[]', 'BODY[TEXT]', 'RFC822', 'RFC822.TEXT'])
const isBodyItem = (name: string) => BODY_ITEMS.has(name) || /^BODY\[\]<\d+>$/.test(name)

const strings = (value: ImapValue | undefined): string[] | undefined =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined

/** The data of an untagged `* n FETCH (…)` response, or null for any other response. */
export function parseFetch(response: ImapResponse): FetchResponse | null {
  const untagged = untaggedResponse(response)
  if (untagged?.kind !== 'fetch') return null
  const { attrs } = untagged
  return {
    seq: untagged.seq,
    uid: typeof attrs.UID === 'string' ? Number(attrs.UID) : undefined,
    flags: strings(attrs.FLAGS),
    hasBody: Object.keys(attrs).some(isBodyItem),
  }
}

/** `* n EXISTS` → n, `* n EXPUNGE` → n, as { kind, n }, or null. */
export function parseCount(response: ImapResponse): { kind: 'exists' | 'expunge'; n: number } | null {
  const untagged = untaggedResponse(response)
  if (untagged?.kind === 'exists') return { kind: 'exists', n: untagged.count }
  if (untagged?.kind === 'expunge') return { kind: 'expunge', n: untagged.seq }
  return null
}

/** The tagged completion (`a1 OK …`) for a tag, if present. */
export function taggedStatus(responses: readonly ImapResponse[], tag: string): 'OK' | 'NO' | 'BAD' | null {
  for (const response of responses) {
    const completion = taggedCompletion(response)
    if (completion && completion.tag === tag) return completion.status as 'OK' | 'NO' | 'BAD'
  }
  return null
}
