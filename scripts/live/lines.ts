// Cuts a byte stream into display lines for the /live transcript, with bounded memory: a line
// longer than MAX_LINE_CHARS keeps its head and counts the rest, so a client sending megabytes
// without a line end costs the lab nothing.

export const MAX_LINE_CHARS = 500

export class DisplayLineSplitter {
  private partial = ''
  private dropped = 0

  /** Feeds a chunk; returns the lines it completed (without CR LF), decoded as UTF-8 for display. */
  push(bytes: Uint8Array): string[] {
    const octets = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
    const lines: string[] = []
    let start = 0
    for (;;) {
      const lf = octets.indexOf('\n', start)
      const piece = octets.slice(start, lf === -1 ? octets.length : lf)
      this.take(piece)
      if (lf === -1) break
      lines.push(this.finish())
      start = lf + 1
    }
    return lines
  }

  private take(piece: string): void {
    const room = MAX_LINE_CHARS - this.partial.length
    if (piece.length <= room) this.partial += piece
    else {
      this.partial += piece.slice(0, Math.max(0, room))
      this.dropped += piece.length - Math.max(0, room)
    }
  }

  private finish(): string {
    let line = Buffer.from(this.partial.replace(/\r$/, ''), 'latin1').toString('utf8')
    if (this.dropped > 0) line += ` … (${this.dropped} more octets)`
    this.partial = ''
    this.dropped = 0
    return line
  }
}

/** The client name in an IMAP ID command (RFC 2971 §3.1), e.g. `a1 ID ("name" "Thunderbird" "version" "115")`. */
export function imapClientName(line: string): string | undefined {
  const match = /^\S+ ID \((.*)\)\s*$/i.exec(line)
  if (!match) return undefined
  const pairs = [...match[1].matchAll(/"((?:[^"\\]|\\.)*)"\s+(?:"((?:[^"\\]|\\.)*)"|NIL)/gi)]
  const field = (key: string) => pairs.find((pair) => pair[1].toLowerCase() === key)?.[2]
  const name = field('name')
  if (!name) return undefined
  const version = field('version')
  return (version ? `${name} ${version}` : name).slice(0, 60)
}
