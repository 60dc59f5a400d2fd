// An IMAP server's output (RFC 3501 §7) as logical responses: a response whose line ends in a
// literal {n} goes on after the n octets of data, so literal data is never read as a response.

import { literalAnnouncedBy } from './literals'

export interface ImapResponse {
  /** The response's lines joined, each literal's data left out (its "{n}" stays in place). */
  readonly text: string
  /** The data of each literal, in order. */
  readonly literals: readonly string[]
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Splits wire text into logical responses, counting literal sizes in octets. Never throws. */
export function splitImapResponses(wire: string): ImapResponse[] {
  const bytes = encoder.encode(wire)
  const out: ImapResponse[] = []
  let text = ''
  let literals: string[] = []
  let start = 0
  while (start < bytes.length) {
    let lf = bytes.indexOf(10, start)
    if (lf === -1) lf = bytes.length
    const end = lf > start && bytes[lf - 1] === 13 ? lf - 1 : lf
    const line = decoder.decode(bytes.slice(start, end))
    text += line
    start = lf + 1
    const literal = literalAnnouncedBy(line)
    if (literal) {
      literals.push(decoder.decode(bytes.slice(start, start + literal.size)))
      start += literal.size
      continue // the response goes on after the literal
    }
    out.push({ text, literals })
    text = ''
    literals = []
  }
  if (text !== '') out.push({ text, literals })
  return out
}
