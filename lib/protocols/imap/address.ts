// RFC 5322 §3.4 address lists as the IMAP ENVELOPE shows them (RFC 3501 §7.4.2):
// each mailbox becomes (name adl mailbox host); a group is framed by (NIL NIL name NIL) … (NIL NIL NIL NIL).

export interface EnvelopeAddress {
  readonly name?: string
  readonly adl?: string
  /** Local part; for a group start the group name, undefined for a group end. */
  readonly mailbox?: string
  /** Domain; undefined for group markers. */
  readonly host?: string
}

type Token =
  | { kind: 'word'; text: string; quoted: boolean }
  | { kind: 'comment'; text: string }
  | { kind: 'angle'; text: string }
  | { kind: 'special'; text: ',' | ':' | ';' }

function tokenize(value: string): Token[] {
  const tokens: Token[] = []
  let p = 0
  while (p < value.length) {
    const c = value[p]
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      p++
    } else if (c === '"') {
      let text = ''
      p++
      while (p < value.length && value[p] !== '"') {
        if (value[p] === '\\' && p + 1 < value.length) p++
        text += value[p++]
      }
      p++
      tokens.push({ kind: 'word', text, quoted: true })
    } else if (c === '(') {
      let depth = 0
      let text = ''
      while (p < value.length) {
        const d = value[p++]
        if (d === '\\' && p < value.length) {
          text += value[p++]
          continue
        }
        if (d === '(') depth++
        else if (d === ')') depth--
        if (depth === 0) break
        if (!(d === '(' && depth === 1)) text += d
      }
      tokens.push({ kind: 'comment', text: text.trim() })
    } else if (c === '<') {
      const end = value.indexOf('>', p)
      const stop = end < 0 ? value.length : end
      tokens.push({ kind: 'angle', text: value.slice(p + 1, stop).trim() })
      p = stop + 1
    } else if (c === ',' || c === ':' || c === ';') {
      tokens.push({ kind: 'special', text: c })
      p++
    } else {
      let end = p
      while (end < value.length && !' \t\r\n"(<,:;'.includes(value[end])) end++
      tokens.push({ kind: 'word', text: value.slice(p, end), quoted: false })
      p = end
    }
  }
  return tokens
}

/** Splits `local@domain` at the last @; Dovecot fills a missing domain with MISSING_DOMAIN. */
function splitAddress(spec: string): { mailbox?: string; host?: string } {
  const at = spec.lastIndexOf('@')
  if (at < 0) return spec ? { mailbox: spec, host: 'MISSING_DOMAIN' } : {}
  return { mailbox: spec.slice(0, at) || 'MISSING_MAILBOX', host: spec.slice(at + 1) || 'MISSING_DOMAIN' }
}

function mailboxFrom(tokens: Token[]): EnvelopeAddress | undefined {
  const angle = tokens.find((token) => token.kind === 'angle')
  const words = tokens.filter((token): token is Extract<Token, { kind: 'word' }> => token.kind === 'word')
  const comment = tokens.find((token) => token.kind === 'comment')
  if (angle) {
    let spec = angle.text
    let adl: string | undefined
    const colon = spec.indexOf(':')
    if (spec.startsWith('@') && colon > 0) {
      adl = spec.slice(0, colon)
      spec = spec.slice(colon + 1)
    }
    const name = words.map((word) => word.text).join(' ')
    return { name: name || comment?.text || undefined, adl, ...splitAddress(spec) }
  }
  if (words.length === 0) return undefined
  const spec = words.map((word) => word.text).join('')
  return { name: comment?.text || undefined, ...splitAddress(spec) }
}

/** Parses an address-list header value; undefined when it names no address. */
export function parseAddressList(value: string | undefined): EnvelopeAddress[] | undefined {
  if (value === undefined) return undefined
  const tokens = tokenize(value)
  const result: EnvelopeAddress[] = []
  let current: Token[] = []
  let inGroup = false
  const flush = () => {
    const address = mailboxFrom(current)
    if (address) result.push(address)
    current = []
  }
  for (const token of tokens) {
    if (token.kind === 'special' && token.text === ':' && !inGroup && !current.some((t) => t.kind === 'angle')) {
      const name = current.filter((t) => t.kind === 'word').map((t) => t.text).join(' ')
      result.push({ mailbox: name })
      current = []
      inGroup = true
    } else if (token.kind === 'special' && token.text === ';' && inGroup) {
      flush()
      result.push({})
      inGroup = false
    } else if (token.kind === 'special' && token.text === ',') {
      flush()
    } else {
      current.push(token)
    }
  }
  flush()
  if (inGroup) result.push({})
  return result.length > 0 ? result : undefined
}
