// Test helper: puts the recorded transcripts' placeholders (test/fixtures/reference/README.md,
// "SMTP transcripts", Normalisation) into our server's output, and recomputes the octet counts
// that depend on them, so our replies can be compared with the recorded ones.

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export interface PlaceholderState {
  readonly queueIds: Map<string, string>
  readonly lmtpIds: Map<string, string>
  readonly validities: Map<string, string>
}

export function newPlaceholderState(): PlaceholderState {
  return { queueIds: new Map(), lmtpIds: new Map(), validities: new Map() }
}

function numbered(map: Map<string, string>, value: string, name: string): string {
  let placeholder = map.get(value)
  if (placeholder === undefined) {
    placeholder = `<${name}-${map.size + 1}>`
    map.set(value, placeholder)
  }
  return placeholder
}

const SERVER_DATE = /; [A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d \+0000/g

/** The substitutions, applied to any text (message content or reply lines). */
export function substitute(text: string, state: PlaceholderState): string {
  return text
    .replace(/(queued as |with E?SMTPA? id )([0-9A-F]+)/g, (_, before: string, id: string) => before + numbered(state.queueIds, id, 'QUEUEID'))
    .replace(/(\tid )(\S+)(\r\n\t\(envelope-from)/g, (_, before: string, id: string, after: string) => before + numbered(state.lmtpIds, id, 'LMTPID') + after)
    .replace(SERVER_DATE, '; <DATE>')
    .replace(/\[UIDVALIDITY (\d+)\]/g, (_, value: string) => `[UIDVALIDITY ${numbered(state.validities, value, 'UIDVALIDITY')}]`)
}

/**
 * Substitutes inside IMAP literals and POP3 message bodies too, fixing `{n}`, `RFC822.SIZE n`
 * and `+OK n octets` by how much the substitution changed the octets they count.
 */
export function placeholderise(wire: string, state: PlaceholderState): string {
  const pop3 = /^\+OK (\d+) octets\r\n/.exec(wire)
  if (pop3) {
    const body = wire.slice(pop3[0].length)
    const replaced = substitute(body, state)
    const size = Number(pop3[1]) + encoder.encode(replaced).length - encoder.encode(body).length
    return `+OK ${size} octets\r\n${replaced}`
  }
  const bytes = encoder.encode(wire)
  let out = ''
  let position = 0
  const text = (from: number, to: number) => decoder.decode(bytes.slice(from, to))
  for (;;) {
    const rest = text(position, bytes.length)
    const literal = /\{(\d+)\}\r\n/.exec(rest)
    if (!literal) return out + substitute(rest, state)
    const headEnd = position + encoder.encode(rest.slice(0, literal.index)).length
    const size = Number(literal[1])
    const bodyStart = headEnd + encoder.encode(literal[0]).length
    const body = text(bodyStart, bodyStart + size)
    const replaced = substitute(body, state)
    const newSize = encoder.encode(replaced).length
    const head = substitute(text(position, headEnd), state).replace(`RFC822.SIZE ${size}`, `RFC822.SIZE ${newSize}`)
    out += `${head}{${newSize}}\r\n${replaced}`
    position = bodyStart + size
  }
}

export interface SmtpReplyShape {
  readonly code: string
  readonly enhanced: string | undefined
}

/**
 * Reads SMTP wire text into replies (RFC 5321 §4.2.1): lines "code-text" continue a reply, the
 * line "code SP text" ends it. Throws on anything else, so a malformed reply fails the comparison.
 */
export function splitSmtpReplies(wire: string): { shape: SmtpReplyShape; lines: string[] }[] {
  if (wire === '') return []
  if (!wire.endsWith('\r\n')) throw new Error(`reply without CRLF: ${JSON.stringify(wire.slice(-60))}`)
  const replies: { shape: SmtpReplyShape; lines: string[] }[] = []
  let current: string[] = []
  let code: string | undefined
  for (const line of wire.slice(0, -2).split('\r\n')) {
    const match = /^(\d{3})([ -])(.*)$/.exec(line)
    if (!match) throw new Error(`not an SMTP reply line: ${JSON.stringify(line.slice(0, 60))}`)
    if (code !== undefined && match[1] !== code) throw new Error(`reply code changed inside a multi-line reply: ${line}`)
    code = match[1]
    current.push(match[3])
    if (match[2] === ' ') {
      const enhanced = /^([245]\.\d{1,3}\.\d{1,3}) /.exec(current[0] + ' ')?.[1]
      replies.push({ shape: { code, enhanced }, lines: current })
      current = []
      code = undefined
    }
  }
  if (code !== undefined) throw new Error('multi-line reply without its last line')
  return replies
}
