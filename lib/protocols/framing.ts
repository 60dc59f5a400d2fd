// Frames what a client writes into lines and literal octets, once, for every protocol session.
// A TCP stream has no message boundaries: a chunk may hold half a line, several pipelined
// commands (RFC 2449 §6.6, RFC 3501 §5.5) or part of a literal (RFC 3501 §4.3). The session
// asks for the next line, or, while a literal is being read, for up to n raw octets.

/** A complete client line without its line end, or the start of one that was too long. */
export interface FramedLine {
  /** The line's octets without CRLF (or bare LF). For a too-long line: its first maxLine + 1 octets. */
  readonly text: string
  /** The line was longer than maxLine; its rest is (or will be) skipped up to the next LF. */
  readonly tooLong: boolean
}

export class InputFramer {
  private buffer = ''
  private position = 0
  /** Skipping the rest of a too-long line up to its LF. */
  private skipping = false

  /** The longest line, in octets without its line end, the session accepts in its current state. */
  constructor(public maxLine: number) {}

  /** Adds a chunk of octets as the client wrote them. */
  push(chunk: string): void {
    if (chunk.length === 0) return
    if (this.position >= this.buffer.length) {
      this.buffer = chunk
    } else {
      this.buffer = this.position > 0 ? this.buffer.slice(this.position) + chunk : this.buffer + chunk
    }
    this.position = 0
  }

  /** Octets received and not yet framed. */
  get buffered(): number {
    return this.buffer.length - this.position
  }

  /**
   * The next line. A line ends at LF; a CR right before it belongs to the line end (RFC 3501 §2.2
   * and RFC 1939 §3 say CRLF; Dovecot also takes a bare LF). A line longer than maxLine is handed
   * over as soon as that is known, cut to maxLine + 1 octets, and the rest of it is dropped.
   */
  nextLine(): FramedLine | undefined {
    for (;;) {
      if (this.position >= this.buffer.length) return undefined
      const lf = this.buffer.indexOf('\n', this.position)
      if (this.skipping) {
        if (lf < 0) {
          this.position = this.buffer.length
          return undefined
        }
        this.skipping = false
        this.position = lf + 1
        continue
      }
      if (lf < 0) {
        // A CR may still be waiting for its LF, so a pending line may be one octet over maxLine.
        if (this.buffer.length - this.position > this.maxLine + 1) return this.cutLongLine()
        return undefined
      }
      const end = lf > this.position && this.buffer.charCodeAt(lf - 1) === 0x0d ? lf - 1 : lf
      if (end - this.position > this.maxLine) return this.cutLongLine()
      const text = this.buffer.slice(this.position, end)
      this.position = lf + 1
      return { text, tooLong: false }
    }
  }

  /** Up to `count` octets of a literal, exactly as received (CR, LF and NUL included). */
  take(count: number): string {
    const available = this.buffer.length - this.position
    if (available <= 0 || count <= 0) return ''
    const size = Math.min(count, available)
    const octets = this.buffer.slice(this.position, this.position + size)
    this.position += size
    return octets
  }

  /** Drops everything not yet framed (the connection is closing). */
  clear(): void {
    this.buffer = ''
    this.position = 0
    this.skipping = false
  }

  private cutLongLine(): FramedLine {
    const text = this.buffer.slice(this.position, this.position + this.maxLine + 1)
    const lf = this.buffer.indexOf('\n', this.position)
    if (lf < 0) {
      this.position = this.buffer.length
      this.skipping = true
    } else {
      this.position = lf + 1
    }
    return { text, tooLong: true }
  }
}
