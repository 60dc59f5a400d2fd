// One IMAP reply read as a client reads it (RFC 3501 §7): untagged responses (EXISTS, EXPUNGE,
// FETCH with its data items, status lines) and the tagged completion. Literals come from
// splitImapResponses, so their sizes are counted in octets in one place.

import { splitImapResponses, type ImapResponse } from './imapResponses'

/** A parsed data item: an atom or string, NIL, or a parenthesised list (RFC 3501 §4). */
export type ImapValue = string | null | ImapValue[]

export type Untagged =
  | { kind: 'exists'; count: number }
  | { kind: 'expunge'; seq: number }
  | { kind: 'fetch'; seq: number; attrs: Record<string, ImapValue> }
  | { kind: 'status'; status: string; code: string | null; text: string }
  /** `* LIST (attributes) delimiter name` (RFC 3501 §7.2.2); a NIL delimiter is null. */
  | { kind: 'list'; attributes: string[]; delimiter: string | null; name: string }
  | { kind: 'other'; text: string }

export interface ImapReply {
  untagged: Untagged[]
  tagged: { tag: string; status: string; code: string | null; text: string } | null
}

export type TaggedCompletion = NonNullable<ImapReply['tagged']>

export function parseImapReply(reply: string): ImapReply {
  const result: ImapReply = { untagged: [], tagged: null }
  for (const response of splitImapResponses(reply)) {
    const untagged = untaggedResponse(response)
    if (untagged) result.untagged.push(untagged)
    else result.tagged = taggedCompletion(response) ?? result.tagged
  }
  return result
}

/** One logical response read as untagged data ("* …"), or null for a tagged or "+" line. */
export function untaggedResponse(response: ImapResponse): Untagged | null {
  return response.text[0] === '*' ? readUntagged(new Reader(response, 2)) : null
}

/** One logical response read as a tagged completion (`a1 OK …`, RFC 3501 §7.1), or null. */
export function taggedCompletion(response: ImapResponse): TaggedCompletion | null {
  const first = response.text[0]
  if (first === '*' || first === '+') return null
  const match = /^(\S+) (OK|NO|BAD) ?(?:\[([^\]]*)\])? ?(.*)$/.exec(response.text)
  return match ? { tag: match[1], status: match[2], code: match[3] ?? null, text: match[4] } : null
}

function readUntagged(reader: Reader): Untagged {
  const first = reader.atom()
  if (/^\d+$/.test(first)) {
    const number = Number(first)
    reader.skip(1)
    const name = reader.atom().toUpperCase()
    if (name === 'EXISTS') return { kind: 'exists', count: number }
    if (name === 'EXPUNGE') return { kind: 'expunge', seq: number }
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
      return { kind: 'fetch', seq: number, attrs }
    }
    return { kind: 'other', text: `${first} ${name}${reader.rest()}` }
  }
  const status = first.toUpperCase()
  if (status === 'LIST') return readList(reader) ?? { kind: 'other', text: `${first}${reader.rest()}` }
  const rest = reader.rest().trimStart()
  if (['OK', 'NO', 'BAD', 'BYE', 'PREAUTH'].includes(status)) {
    const match = /^(?:\[([^\]]*)\])? ?(.*)$/.exec(rest)
    return { kind: 'status', status, code: match?.[1] ?? null, text: match?.[2] ?? rest }
  }
  return { kind: 'other', text: `${first} ${rest}` }
}

/** The rest of `* LIST …`: the attribute list, the delimiter (quoted or NIL), the name (an astring, maybe a literal). */
function readList(reader: Reader): Untagged | null {
  const start = reader.mark()
  reader.skip(1)
  const attributes = reader.done() ? null : reader.value()
  reader.skip(1)
  const delimiter = reader.done() ? undefined : reader.value()
  reader.skip(1)
  const name = reader.done() ? null : reader.value()
  if (!Array.isArray(attributes) || Array.isArray(delimiter) || delimiter === undefined || typeof name !== 'string' || !reader.done()) {
    reader.reset(start)
    return null
  }
  return { kind: 'list', attributes: attributes.filter((item): item is string => typeof item === 'string'), delimiter, name }
}

/** Reads one logical response; a "{n}" in its text stands for the next literal's data. */
class Reader {
  private readonly text: string
  private readonly literals: readonly string[]
  private nextLiteral = 0

  constructor(
    response: ImapResponse,
    private position: number,
  ) {
    this.text = response.text
    this.literals = response.literals
  }

  done(): boolean {
    return this.position >= this.text.length
  }
  mark(): number {
    return this.position
  }
  reset(position: number): void {
    this.position = position
  }
  peek(): string {
    return this.text[this.position]
  }
  skip(count: number): void {
    this.position += count
  }
  rest(): string {
    const rest = this.text.slice(this.position)
    this.position = this.text.length
    return rest
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
    this.position = close === -1 ? this.text.length : close + 1
    return this.literals[this.nextLiteral++] ?? ''
  }
}
