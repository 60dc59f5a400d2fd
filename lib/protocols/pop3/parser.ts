// Parsing of POP3 client lines (RFC 1939 §3): a keyword, then arguments after one space.
// Pure functions; the dispatcher and the handlers decide what a parse result means.

export interface Pop3CommandLine {
  /** The keyword upper-cased (ASCII only, as Dovecot's t_str_ucase), for lookup and echo. */
  readonly name: string
  /** Everything after the first space, untouched ('' when there is no space). */
  readonly args: string
}

/**
 * Splits a line at its first space, as Dovecot does (strchr(line, ' ')). RFC 1939 §3 says the
 * keyword is case-insensitive. A line may hold any character, including CR, LF and NUL: it is
 * still one client line, and the keyword simply will not match.
 */
export function parseCommandLine(line: string): Pop3CommandLine {
  const space = line.indexOf(' ')
  const keyword = space < 0 ? line : line.slice(0, space)
  return { name: asciiUpperCase(keyword), args: space < 0 ? '' : line.slice(space + 1) }
}

export function asciiUpperCase(text: string): string {
  return text.replace(/[a-z]+/g, (run) => run.toUpperCase())
}

/** Drops leading spaces, as Dovecot's pop3 process does with every argument string. */
export function skipSpaces(text: string): string {
  let start = 0
  while (start < text.length && text.charCodeAt(start) === 0x20) start++
  return start === 0 ? text : text.slice(start)
}

export type NumberParse =
  | { readonly kind: 'number'; readonly value: bigint; readonly rest: string }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'too-large' }

/**
 * Reads the decimal number at the start of `text`, like Dovecot's str_parse_uint/uoff: it must
 * start with a digit, and the digits must not exceed `max`. `rest` is what follows the digits.
 */
export function parseLeadingNumber(text: string, max: bigint): NumberParse {
  let end = 0
  while (end < text.length && isDigit(text.charCodeAt(end))) end++
  if (end === 0) return { kind: 'invalid' }
  const value = BigInt(text.slice(0, end))
  if (value > max) return { kind: 'too-large' }
  return { kind: 'number', value, rest: text.slice(end) }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}
