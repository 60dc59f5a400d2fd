// Reading message content after 354 (RFC 5321 §4.1.1.4, §4.5.2): lines up to the lone ".",
// with one leading "." taken off every line that has one (dot-unstuffing), and the size counted
// against message_size_limit while the rest is still read and thrown away.

import { MESSAGE_SIZE_LIMIT } from './constants'

export class DataReader {
  private readonly lines: string[] = []
  private octets = 0
  private overLimit = false

  /** Takes one content line; returns true when it was the terminating ".". */
  take(line: string): boolean {
    if (line === '.') return true
    // RFC 5321 §4.5.2: "If the first character is a period ... it is deleted." Postfix takes the
    // dot off every such line, whether or not the client stuffed it (". x" becomes " x").
    const unstuffed = line.startsWith('.') ? line.slice(1) : line
    // Lines are octet strings (lib/protocols/octets.ts): their length is their size in octets.
    this.octets += unstuffed.length + 2
    if (this.octets > MESSAGE_SIZE_LIMIT) this.overLimit = true
    if (!this.overLimit) this.lines.push(unstuffed)
    return false
  }

  get tooBig(): boolean {
    return this.overLimit
  }

  /** The content with CRLF after every line, as it is stored: octets, 8-bit data kept as sent. */
  get content(): string {
    return this.lines.map((line) => `${line}\r\n`).join('')
  }
}
