// Reads an IMAP server's reply (RFC 3501 §7) as the console's device model needs it: one logical
// response per entry, with each literal's data ({n} then n octets) set aside so it cannot be
// mistaken for a response line.

export interface ImapResponse {
  /** The response with every literal replaced by "{n}". */
  text: string
  /** The literal data it carried, in order. */
  literals: string[]
}

/** Splits wire text into logical responses. Never throws on malformed text. */
export function imapResponses(wire: string): ImapResponse[] {
  const bytes = new TextEncoder().encode(wire)
  const decoder = new TextDecoder()
  const out: ImapResponse[] = []
  let current: ImapResponse = { text: '', literals: [] }
  let start = 0
  while (start < bytes.length) {
    let lf = bytes.indexOf(10, start)
    if (lf === -1) lf = bytes.length
    const end = lf > start && bytes[lf - 1] === 13 ? lf - 1 : lf
    const line = decoder.decode(bytes.slice(start, end))
    current.text += line
    start = lf + 1
    const literal = /\{(\d+)\+?\}$/.exec(line)
    if (literal && !line.startsWith('+')) {
      const size = Number(literal[1])
      current.literals.push(decoder.decode(bytes.slice(start, start + size)))
      start += size
      continue // the response goes on after the literal
    }
    out.push(current)
    current = { text: '', literals: [] }
  }
  if (current.text !== '') out.push(current)
  return out
}

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
