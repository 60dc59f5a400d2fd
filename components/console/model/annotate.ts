// Splits what the server wrote into the lines the terminal shows, marking the lines that are data
// rather than responses: the body of a POP3 multi-line reply (RFC 1939 §3) and IMAP literal data
// (RFC 3501 §4.3). Explanations treat those differently from status lines.

import type { Protocol } from '@/lib/protocols'
import { splitWire, type WireLine } from './wire'

export interface AnnotatedLine extends WireLine {
  /** Inside a POP3 multi-line body, or inside an IMAP literal. */
  inMultiline: boolean
}

export function annotateReply(protocol: Protocol, wire: string): AnnotatedLine[] {
  const lines = splitWire(wire)
  if (protocol === 'pop3') {
    // Every line after a multi-line reply's first, up to the terminating ".", is body.
    const multiline = lines.length > 1 && lines[0].text.startsWith('+OK')
    return lines.map((line, index) => ({ ...line, inMultiline: multiline && index > 0 }))
  }
  let owed = 0
  return lines.map((line) => {
    if (owed > 0) {
      const octets = new TextEncoder().encode(line.text).length + line.ending.length
      owed = Math.max(0, owed - octets)
      return { ...line, inMultiline: true }
    }
    const literal = /\{(\d+)\+?\}$/.exec(line.text)
    if (literal && !line.text.startsWith('+')) owed = Number(literal[1])
    return { ...line, inMultiline: false }
  })
}
