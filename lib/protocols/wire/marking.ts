// Which server lines are data rather than responses: the body of a POP3 multi-line reply
// (RFC 1939 §3) and IMAP literal data (RFC 3501 §4.3). Explanations read those lines differently.
// SMTP replies hold no data: every line of a multi-line reply is a reply line (RFC 5321 §4.2.1).

import type { MailProtocol } from '../session'
import { literalAnnouncedBy } from './literals'
import { octetLength } from './octets'
import { splitLines, type WireLine } from './lines'

export interface MarkedLine extends WireLine {
  /**
   * POP3: a line of a multi-line reply's body, between the +OK line and the closing "." (which,
   * like IMAP's closing parenthesis, is protocol, not data). IMAP: a line of literal data.
   */
  readonly inMultiline: boolean
}

/** One server reply split into lines, each marked when it is multi-line body or literal data. */
export function markServerLines(protocol: MailProtocol, wire: string): MarkedLine[] {
  const lines = splitLines(wire)
  if (protocol === 'smtp') return lines.map((line) => ({ ...line, inMultiline: false }))
  if (protocol === 'pop3') {
    const last = lines.length - 1
    const multiline = last > 0 && lines[0].text.startsWith('+OK') && lines[last].text === '.'
    return lines.map((line, index) => ({ ...line, inMultiline: multiline && index > 0 && index < last }))
  }
  let owed = 0
  return lines.map((line) => {
    if (owed > 0) {
      owed = Math.max(0, owed - octetLength(line.text) - line.ending.length)
      return { ...line, inMultiline: true }
    }
    owed = literalAnnouncedBy(line.text)?.size ?? 0
    return { ...line, inMultiline: false }
  })
}
