// Reading an IMAP server's reply to one command (RFC 3501 §7): untagged responses (EXISTS,
// EXPUNGE, FETCH with literals, status lines) and the tagged completion. Literal lengths are
// octets, so the reader counts UTF-8 bytes, not characters.

export type ImapValue = string | null | ImapValue[]

export type Untagged =
  | { kind: 'exists'; count: number }
  | { kind: 'expunge'; seq: number }
  | { kind: 'fetch'; seq: number; attrs: Record<string, ImapValue> }
  | { kind: 'status'; status: string; code: string | null; text: string }
  | { kind: 'other'; text: string }

export interface ImapReply {
  untagged: Untagged[]
  tagged: { tag: string; status: string; code: string | null; text: string } | null
}

export function parseImapReply(reply: string): ImapReply {
  const result: ImapReply = { untagged: [], tagged: null }
  const reader = new Reader(reply)
  while (!reader.done()) {
    if (reader.peek() === '*') {
      reader.skip(2)
      result.untagged.push(readUntagged(reader))
    } else if (reader.peek() === '+') {
      reader.restOfLine()
    } else {
      const line = reader.restOfLine()
      const match = /^(\S+) (OK|NO|BAD) ?(?:\[([^\]]*)\])? ?(.*)$/.exec(line)
      if (match) result.tagged = { tag: match[1], status: match[2], code: match[3] ?? null, text: match[4] }
    }
  }
  return result
}

function readUntagged(reader: Reader): Untagged {
  const first = reader.atom()
  if (/^\d+$/.test(first)) {
    const number = Number(first)
    reader.skip(1)
    const name = reader.atom().toUpperCase()
    if (name === 'EXISTS') return reader.endLine({ kind: 'exists', count: number })
    if (name === 'EXPUNGE') return reader.endLine({ kind: 'expunge', seq: number })
    if (name === 'FETCH') {
      reader.skip(1)
      const list = reader.value()
      const attrs: Record<string, ImapValue> = {}
      if (Array.isArray(list)) {
        for (let i = 0; i + 1 < list.length; i += 2) {
          const key = list[i]
          if (typeof key === 'string') attrs[key.toUpperCase()] = list[i + 1]
        }
      }
      return reader.endLine({ kind: 'fetch', seq: number, attrs })
    }
    return { kind: 'other', text: `${first} ${name}${reader.restOfLine()}` }
  }
  const status = first.toUpperCase()
  const rest = reader.restOfLine().trimStart()
  if (['OK', 'NO', 'BAD', 'BYE', 'PREAUTH'].includes(status)) {
    const match = /^(?:\[([^\]]*)\])? ?(.*)$/.exec(rest)
    return { kind: 'status', status, code: match?.[1] ?? null, text: match?.[2] ?? rest }
  }
  return { kind: 'other', text: `${first} ${rest}` }
}

class Reader {
  private position = 0
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.position >= this.text.length
  }
  peek(): string {
    return this.text[this.position]
  }
  skip(count: number): void {
    this.position += count
  }
  restOfLine(): string {
    const end = this.text.indexOf('\r\n', this.position)
    const stop = end === -1 ? this.text.length : end
    const line = this.text.slice(this.position, stop)
    this.position = stop + 2
    return line
  }
  endLine<T>(value: T): T {
    this.restOfLine()
    return value
  }
  /** An atom; a section such as BODY[HEADER.FIELDS (A B)] is read whole. */
  atom(): string {
    const start = this.position
    while (this.position < this.text.length) {
      const char = this.text[this.position]
      if (char === '[') {
        const close = this.text.indexOf(']', this.position)
        this.position = close === -1 ? this.text.length : close + 1
        continue
      }
      if (char === ' ' || char === '(' || char === ')' || char === '\r') break
      this.position++
    }
    return this.text.slice(start, this.position)
  }
  value(): ImapValue {
    const char = this.peek()
    if (char === '(') {
      this.position++
      const list: ImapValue[] = []
      while (!this.done() && this.peek() !== ')') {
        if (this.peek() === ' ') {
          this.position++
          continue
        }
        list.push(this.value())
      }
      this.position++
      return list
    }
    if (char === '"') return this.quoted()
    if (char === '{') return this.literal()
    const atom = this.atom()
    return atom.toUpperCase() === 'NIL' ? null : atom
  }
  private quoted(): string {
    let out = ''
    this.position++
    while (this.position < this.text.length && this.text[this.position] !== '"') {
      if (this.text[this.position] === '\\') this.position++
      out += this.text[this.position++]
    }
    this.position++
    return out
  }
  private literal(): string {
    const close = this.text.indexOf('}', this.position)
    let octets = Number(this.text.slice(this.position + 1, close).replace('+', ''))
    this.position = close + 3
    const start = this.position
    while (octets > 0 && this.position < this.text.length) {
      const code = this.text.charCodeAt(this.position)
      octets -= code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 4 : 3
      this.position += code >= 0xd800 && code <= 0xdbff ? 2 : 1
    }
    return this.text.slice(start, this.position)
  }
}

/** A compact sequence set for ascending UIDs: [1,2,3,7] → "1:3,7". */
export function toSequenceSet(uids: readonly number[]): string {
  const sorted = [...uids].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}:${sorted[j]}`)
    i = j
  }
  return parts.join(',')
}

/** The flag atoms of a FETCH FLAGS value. */
export function flagList(value: ImapValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((flag): flag is string => typeof flag === 'string') : []
}
