// Wire text as the console shows it: the server's reply split into its CRLF-terminated lines,
// with the line ends made visible on request (RFC 1939 §3 and RFC 3501 §2.2 both end lines in CRLF).

export interface WireLine {
  /** The line without its line end. */
  text: string
  /** The line end that followed it on the wire: CRLF, a bare LF, or none (an unterminated tail). */
  ending: '\r\n' | '\n' | ''
}

/** Splits wire text into lines, keeping what ended each one. Empty input gives no lines. */
export function splitWire(text: string): WireLine[] {
  const lines: WireLine[] = []
  let start = 0
  while (start < text.length) {
    const lf = text.indexOf('\n', start)
    if (lf === -1) {
      lines.push({ text: text.slice(start), ending: '' })
      break
    }
    const crlf = lf > start && text[lf - 1] === '\r'
    lines.push({ text: text.slice(start, crlf ? lf - 1 : lf), ending: crlf ? '\r\n' : '\n' })
    start = lf + 1
  }
  return lines
}

/** The visible marker for a line end when "show CRLF" is on. */
export function endingMarker(ending: WireLine['ending']): string {
  if (ending === '\r\n') return '\\r\\n'
  if (ending === '\n') return '\\n'
  return ''
}

/** A line as the terminal prints it: with its CRLF spelled out, or plain. */
export function displayLine(line: WireLine, showCrlf: boolean): string {
  return showCrlf ? line.text + endingMarker(line.ending) : line.text
}

/** Octets of a string on the wire (UTF-8), as octet counts and literals measure them. */
export function octets(text: string): number {
  return new TextEncoder().encode(text).length
}
