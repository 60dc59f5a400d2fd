// Test helpers that read POP3 wire text back (RFC 1939 §3): split a reply into responses, check
// it is well formed, and normalise it as test/fixtures/reference/README.md allows.

import { parseCommandLine, skipSpaces } from '@/lib/protocols/pop3/parser'

export interface WireResponse {
  /** The status line without CRLF. */
  status: string
  /** Data lines of a multi-line response, still dot-stuffed, without the final ".". */
  data?: string[]
}

/**
 * Whether a +OK to this client line is multi-line (RFC 1939 §5/§7, RFC 2449 §5, RFC 5034 §4).
 * `sasl` is true when the line answers a "+ " continuation, so it is not a command.
 */
export function expectsMultiLine(line: string, sasl: boolean): boolean {
  if (sasl) return false
  const { name, args } = parseCommandLine(line)
  switch (name) {
    case 'CAPA':
    case 'RETR':
    case 'TOP':
      return true
    case 'LIST':
    case 'UIDL':
      return skipSpaces(args) === ''
    case 'AUTH':
      return args.split(' ')[0] === ''
    default:
      return false
  }
}

/**
 * Splits wire text into responses, or returns a string saying why it is not well formed:
 * every line ends in CRLF with no other CR or LF, each response starts with "+OK", "-ERR" or
 * "+ ", and a multi-line response ends with a line holding only ".".
 */
export function splitReply(wire: string, multiLine: boolean): WireResponse[] | string {
  if (wire === '') return []
  if (!wire.endsWith('\r\n')) return `does not end in CRLF: ${JSON.stringify(wire.slice(-20))}`
  const lines = wire.slice(0, -2).split('\r\n')
  if (lines.some((line) => /[\r\n]/.test(line))) return 'bare CR or LF inside a line'
  const responses: WireResponse[] = []
  for (let i = 0; i < lines.length; i++) {
    const status = lines[i]
    if (!/^(\+OK|-ERR)( |$)|^\+ /.test(status)) return `not a status line: ${JSON.stringify(status.slice(0, 60))}`
    if (!(multiLine && i === 0 && status.startsWith('+OK'))) {
      responses.push({ status })
      continue
    }
    const data: string[] = []
    for (i++; i < lines.length && lines[i] !== '.'; i++) data.push(lines[i])
    if (i >= lines.length) return 'multi-line response without its terminating "."'
    responses.push({ status, data })
  }
  return responses
}

/** Gives each distinct UIDL string a token by order of first appearance, per side. */
export class UidlTokens {
  private tokens = new Map<string, string>()
  token(uidl: string): string {
    let token = this.tokens.get(uidl)
    if (token === undefined) {
      token = `<uidl#${this.tokens.size + 1}>`
      this.tokens.set(uidl, token)
    }
    return token
  }
}

/**
 * The parts of a reply that must match (reference README, "What may differ"): status words,
 * response codes, multi-line framing and data lines. The free text after +OK/-ERR is dropped,
 * except where it is data: STAT, LIST n, UIDL n and RETR's octet count. UIDL strings become
 * tokens, so they must be unique per message and stable across sessions, not equal to Dovecot's.
 * With `literal`, all free text is kept too (to see that ours is also Dovecot's).
 */
export function normalizeReply(line: string, responses: WireResponse[], uidls: UidlTokens, literal = false): string[] {
  const { name, args } = parseCommandLine(line)
  const withArg = skipSpaces(args) !== ''
  const keepText = literal || name === 'STAT' || name === 'RETR' || ((name === 'LIST' || name === 'UIDL') && withArg)
  const out: string[] = []
  for (const response of responses) {
    let status = response.status
    if (name === 'UIDL' && withArg && status.startsWith('+OK ')) status = status.replace(/ (\S+)$/, (_, u: string) => ' ' + uidls.token(u))
    out.push(keepText ? status : statusWord(status))
    for (const data of response.data ?? []) {
      out.push(name === 'UIDL' ? data.replace(/ (\S+)$/, (_, u: string) => ' ' + uidls.token(u)) : data)
    }
    if (response.data) out.push('.')
  }
  return out
}

/** "+OK", "-ERR" or "+", with any RFC 2449 §8 response code, e.g. "-ERR [AUTH]". */
export function statusWord(status: string): string {
  const match = /^(\+OK|-ERR|\+)( \[[^\]]*\])?/.exec(status)
  return match ? match[1] + (match[2] ?? '') : status
}
