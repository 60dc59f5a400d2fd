// Reads logical IMAP responses (lib/protocols/wire's splitImapResponses) as the console's device
// model and challenges need them: FETCH data, EXISTS/EXPUNGE counts and the tagged completion.

import type { ImapResponse } from '@/lib/protocols/wire'

export interface FetchResponse {
  seq: number
  uid?: number
  flags?: string[]
  /** The FETCH carried message text (BODY[], BODY[TEXT], RFC822, RFC822.TEXT), not only headers. */
  hasBody: boolean
}

/** The data of an untagged `* n FETCH (…)` response, or null for any other response. */
export function parseFetch(response: ImapResponse): FetchResponse | null {
  const match = /^\* (\d+) FETCH \((.*)\)$/i.exec(response.text)
  if (!match) return null
  const items = match[2]
  const uid = /(?:^|[ (])UID (\d+)/i.exec(items)
  const flags = /FLAGS \(([^)]*)\)/i.exec(items)
  const hasBody = /(BODY\[(TEXT)?\]|RFC822(\.TEXT)?) \{/i.test(items) || /BODY\[\]<\d+>/i.test(items)
  return {
    seq: Number(match[1]),
    uid: uid ? Number(uid[1]) : undefined,
    flags: flags ? flags[1].split(' ').filter(Boolean) : undefined,
    hasBody,
  }
}

/** `* n EXISTS` → n, `* n EXPUNGE` → n, as { kind, n }, or null. */
export function parseCount(response: ImapResponse): { kind: 'exists' | 'expunge'; n: number } | null {
  const match = /^\* (\d+) (EXISTS|EXPUNGE)$/i.exec(response.text)
  if (!match) return null
  return { kind: match[2].toUpperCase() === 'EXISTS' ? 'exists' : 'expunge', n: Number(match[1]) }
}

/** The tagged completion (`a1 OK …`) for a tag, if present. */
export function taggedStatus(responses: readonly ImapResponse[], tag: string): 'OK' | 'NO' | 'BAD' | null {
  for (const response of responses) {
    const match = /^(\S+) (OK|NO|BAD)\b/i.exec(response.text)
    if (match && match[1] === tag) return match[2].toUpperCase() as 'OK' | 'NO' | 'BAD'
  }
  return null
}
