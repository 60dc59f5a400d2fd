// Server output as lines (RFC 1939 §3 and RFC 3501 §2.2 both end lines in CRLF): each line with the
// ending it had on the wire, so a view can show "\r\n" or leave it out, and octets can be counted.

export type LineEnding = '\r\n' | '\n' | ''

export interface WireLine {
  /** The line without its line end. */
  readonly text: string
  /** The line end that followed it on the wire: CRLF, a bare LF, or none (an unterminated tail). */
  readonly ending: LineEnding
}

/** Splits wire text into lines, keeping what ended each one. Empty input gives no lines. */
export function splitLines(wire: string): WireLine[] {
  const lines: WireLine[] = []
  let start = 0
  while (start < wire.length) {
    const lf = wire.indexOf('\n', start)
    if (lf === -1) {
      lines.push({ text: wire.slice(start), ending: '' })
      break
    }
    const crlf = lf > start && wire[lf - 1] === '\r'
    lines.push({ text: wire.slice(start, crlf ? lf - 1 : lf), ending: crlf ? '\r\n' : '\n' })
    start = lf + 1
  }
  return lines
}

/** The lines' texts only: the final line end does not start an empty line. */
export function lineTexts(wire: string): string[] {
  return splitLines(wire).map((line) => line.text)
}

/** The visible marker for a line end, for views that spell line ends out. */
export function endingMarker(ending: LineEnding): string {
  if (ending === '\r\n') return '\\r\\n'
  if (ending === '\n') return '\\n'
  return ''
}
