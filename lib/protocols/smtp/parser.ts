// Reads SMTP command lines (RFC 5321 §4.1): the verb, and the reverse- or forward-path with its
// ESMTP parameters (RFC 5321 §4.1.2, RFC 1870 SIZE, RFC 6152 BODY). Pure; never throws.

export interface CommandLine {
  /** Upper-case verb; '' for an empty line. */
  readonly verb: string
  readonly args: string
}

export function parseCommandLine(line: string): CommandLine {
  const trimmed = line.replace(/^[ \t]+/, '')
  const space = trimmed.search(/[ \t]/)
  const verb = (space < 0 ? trimmed : trimmed.slice(0, space)).toUpperCase()
  const args = space < 0 ? '' : trimmed.slice(space + 1).replace(/^[ \t]+/, '')
  return { verb, args }
}

export type PathResult =
  | { readonly kind: 'path'; readonly address: string; readonly params: ReadonlyMap<string, string> }
  /** "MAIL FROM" without its colon, or nothing where a path belongs. */
  | { readonly kind: 'syntax' }
  /** An address that is not a usable mailbox (unbalanced "<", spaces, control characters). */
  | { readonly kind: 'bad-address' }

/**
 * Reads `FROM:<address> PARAM=value ...` (or `TO:...`) after the verb. Like Postfix, it also
 * takes an address without angle brackets (RFC 5321 §4.1.2 requires them; Postfix is lenient).
 */
export function parsePath(args: string, keyword: 'FROM' | 'TO'): PathResult {
  const match = new RegExp(`^${keyword}[ \\t]*:[ \\t]*`, 'i').exec(args)
  if (!match) return { kind: 'syntax' }
  const rest = args.slice(match[0].length)
  if (rest === '') return { kind: 'bad-address' }
  let address: string
  let after: string
  if (rest.startsWith('<')) {
    const close = rest.indexOf('>')
    if (close < 0) return { kind: 'bad-address' }
    address = rest.slice(1, close)
    after = rest.slice(close + 1)
    // RFC 5321 §4.1.2: a source route "@a,@b:user@c" is accepted and its route ignored.
    address = address.replace(/^@[^:]*:/, '')
  } else {
    const space = rest.search(/[ \t]/)
    address = space < 0 ? rest : rest.slice(0, space)
    after = space < 0 ? '' : rest.slice(space)
  }
  if (/[\x00-\x20<>\x7f]/.test(address)) return { kind: 'bad-address' }
  if (after !== '' && !/^[ \t]/.test(after)) return { kind: 'bad-address' }
  const params = new Map<string, string>()
  for (const word of after.trim().split(/[ \t]+/).filter(Boolean)) {
    const equals = word.indexOf('=')
    params.set((equals < 0 ? word : word.slice(0, equals)).toUpperCase(), equals < 0 ? '' : word.slice(equals + 1))
  }
  return { kind: 'path', address, params }
}

export interface Mailbox {
  readonly local: string
  /** Lower-case domain; '' when the address had none. */
  readonly domain: string
}

/** Splits local@domain at the last "@" (RFC 5321 §4.1.2 Mailbox). */
export function splitAddress(address: string): Mailbox {
  const at = address.lastIndexOf('@')
  if (at < 0) return { local: address, domain: '' }
  return { local: address.slice(0, at), domain: address.slice(at + 1).toLowerCase() }
}
