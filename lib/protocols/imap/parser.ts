// The IMAP command-line parser (RFC 3501 §4, §9): tag, command name and arguments as an AST.
// Literals (RFC 3501 §4.3, non-synchronising ones per RFC 7888) arrive as separate parts.

import { isAtomChar } from './chars'
import type { ArgsOutcome, ImapArg } from './arguments'

/** The first words of a command line, read as Dovecot's imap_parser_read_word reads them. */
export interface CommandHead {
  readonly tag: string
  /** Undefined when the line holds only the tag. */
  readonly name: string | undefined
  /** True when the command came with the UID prefix (RFC 3501 §6.4.8). */
  readonly uid: boolean
  /** The text after the command name (and its single space). */
  readonly rest: string
}

/** Splits `tag [UID] name rest`. Never fails; validity is checked separately. */
export function splitCommandHead(line: string): CommandHead {
  const [tag, afterTag] = word(line)
  if (afterTag === undefined) return { tag, name: undefined, uid: false, rest: '' }
  let [name, rest] = word(afterTag)
  let uid = false
  if (name.toUpperCase() === 'UID' && rest !== undefined) {
    uid = true
    ;[name, rest] = word(rest)
  }
  return { tag, name, uid, rest: rest ?? '' }
}

function word(text: string): [string, string | undefined] {
  const space = text.indexOf(' ')
  return space < 0 ? [text, undefined] : [text.slice(0, space), text.slice(space + 1)]
}

/** RFC 3501 §9: tag = 1*<any ASTRING-CHAR except "+"> (ASTRING-CHAR adds "]"). */
export function isValidTag(tag: string): boolean {
  if (tag.length === 0) return false
  for (let i = 0; i < tag.length; i++) {
    const code = tag.charCodeAt(i)
    if (code === 0x2b) return false
    if (!isAtomChar(code) && code !== 0x5d) return false
  }
  return true
}

/** A command name is a non-empty run of letters (plus digits, for extensions). */
export function isValidCommandName(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(name)
}

export interface ParseOptions {
  /** Literals larger than this are refused with a fatal error (Dovecot: BYE). */
  readonly maxLiteral: number
}

class ParseError extends Error {
  constructor(
    message: string,
    readonly fatal = false,
  ) {
    super(message)
  }
}

/**
 * Parses the arguments of a command. `parts` alternates text and literal contents:
 * [text, literal, text, literal, text]. When the last text part ends in a literal
 * announcement with no literal after it, the outcome asks for that literal.
 */
export function parseArgs(parts: readonly string[], options: ParseOptions): ArgsOutcome {
  const top: ImapArg[] = []
  const stack: ImapArg[][] = [top]
  const push = (arg: ImapArg) => stack[stack.length - 1].push(arg)
  try {
    for (let partIndex = 0; partIndex < parts.length; partIndex += 2) {
      const text = parts[partIndex]
      let p = 0
      while (p < text.length) {
        const c = text[p]
        if (c === ' ') {
          p++
        } else if (c === '(') {
          const list: ImapArg[] = []
          push({ kind: 'list', items: list })
          stack.push(list)
          p++
        } else if (c === ')') {
          if (stack.length === 1) throw new ParseError("Unexpected ')'")
          stack.pop()
          p++
        } else if (c === '"') {
          const [value, next] = readQuoted(text, p)
          push({ kind: 'string', value, literal: false })
          p = next
        } else if (c === '{') {
          const { size, sync } = readLiteralHead(text.slice(p), options)
          const literal = parts[partIndex + 1]
          if (literal === undefined) {
            // Lists still open are already inside `top`; the caller only reads leading arguments.
            return { kind: 'literal', size, sync, args: top }
          }
          push({ kind: 'string', value: literal, literal: true })
          p = text.length
        } else {
          const [value, next] = readAtom(text, p)
          push({ kind: 'atom', value })
          p = next
        }
      }
    }
  } catch (error) {
    if (error instanceof ParseError) {
      return error.fatal ? { kind: 'error', message: error.message, fatal: true } : { kind: 'error', message: error.message }
    }
    throw error
  }
  if (stack.length > 1) return { kind: 'error', message: "Missing ')'" }
  return { kind: 'ok', args: top }
}

function readQuoted(text: string, start: number): [string, number] {
  let value = ''
  let p = start + 1
  while (p < text.length) {
    const c = text[p]
    if (c === '"') return [value, p + 1]
    if (c === '\\' && p + 1 < text.length) {
      value += text[p + 1]
      p += 2
      continue
    }
    if (c === '\0') throw new ParseError('NULs not allowed in strings')
    value += c
    p++
  }
  throw new ParseError("Missing '\"'")
}

/** `{n}` or `{n+}` must end the text (RFC 3501 §4.3: the literal follows the CRLF). */
function readLiteralHead(text: string, options: ParseOptions): { size: number; sync: boolean } {
  const match = /^\{(\d+)(\+?)\}$/.exec(text)
  if (!match) {
    if (/^\{\d+\+?\}/.test(text)) throw new ParseError('Expected CR/LF after literal')
    throw new ParseError('Invalid literal size')
  }
  const size = match[1].length > 15 ? Number.POSITIVE_INFINITY : Number(match[1])
  if (size > options.maxLiteral) throw new ParseError('Literal size too large', true)
  return { size, sync: match[2] !== '+' }
}

/**
 * An atom runs to a space or parenthesis. A `[` opens a section that runs to its `]` and may
 * hold spaces and lists, so `BODY[HEADER.FIELDS (SUBJECT)]<0.10>` stays one atom (RFC 3501 §6.4.5).
 */
function readAtom(text: string, start: number): [string, number] {
  let p = start
  while (p < text.length) {
    const c = text[p]
    if (c === ' ' || c === '(' || c === ')') break
    const code = text.charCodeAt(p)
    if (code < 0x20 || code === 0x7f || c === '"') throw new ParseError('Invalid characters in atom')
    if (c === '[') {
      const close = text.indexOf(']', p + 1)
      if (close < 0) throw new ParseError("Missing ']'")
      p = close + 1
      continue
    }
    p++
  }
  return [text.slice(start, p), p]
}

/** The text of an astring argument (RFC 3501 §9: atom or string), or undefined. */
export function astringOf(arg: ImapArg | undefined): string | undefined {
  if (!arg) return undefined
  if (arg.kind === 'string') return arg.value
  if (arg.kind === 'atom') return arg.value
  return undefined
}

/** An atom's text, upper-cased, or undefined for strings and lists. */
export function atomOf(arg: ImapArg | undefined): string | undefined {
  return arg?.kind === 'atom' ? arg.value.toUpperCase() : undefined
}
