// Argument syntax shared by the POP3 commands that name a message (RFC 1939 §5, §7): the checks
// Dovecot's get_msgnum and get_size make before they look at the maildrop. The replies and their
// texts are Dovecot 2.3's; each one counts as a bad command.

import { MAX_LINE_COUNT, MAX_MESSAGE_NUMBER } from './constants'
import { parseLeadingNumber, skipSpaces } from './parser'
import { err } from './replies'
import type { Pop3Parsed } from './types'

/** A message number as written, not yet checked against the maildrop, and the text after it. */
export interface MessageArgument {
  readonly number: number
  readonly rest: string
}

/**
 * `msg`: a number, then nothing (or a space and more, when `thenSpace`). Range and deletion are
 * the maildrop's to check (Maildrop.find).
 */
export function parseMessageNumber(args: string, thenSpace: boolean): Pop3Parsed<MessageArgument> {
  const parsed = parseLeadingNumber(args, MAX_MESSAGE_NUMBER)
  if (parsed.kind === 'invalid') return refuse(`Invalid message number: ${args}`)
  if (parsed.kind === 'too-large') return refuse(`Message number too large: ${args}`)
  const after = parsed.rest
  if (thenSpace ? !after.startsWith(' ') : after !== '') return refuse(`Noise after message number: ${after}`)
  return { ok: true, value: { number: Number(parsed.value), rest: skipSpaces(after) } }
}

/** `msg` and nothing after it: DELE and RETR. */
export function parseOnlyMessageNumber(args: string): Pop3Parsed<number> {
  const message = parseMessageNumber(args, false)
  return message.ok ? { ok: true, value: message.value.number } : message
}

/** `[msg]` of LIST and UIDL: undefined asks for every message. */
export function parseOptionalMessageNumber(args: string): Pop3Parsed<number | undefined> {
  return args === '' ? { ok: true, value: undefined } : parseOnlyMessageNumber(args)
}

/** TOP's line count (Dovecot's get_size): a number and nothing after it; huge counts mean "all". */
export function parseLineCount(args: string): Pop3Parsed<number> {
  const parsed = parseLeadingNumber(args, MAX_LINE_COUNT)
  if (parsed.kind === 'invalid') return refuse(`Invalid size: ${args}`)
  if (parsed.kind === 'too-large') return refuse(`Size too large: ${args}`)
  if (parsed.rest !== '') return refuse(`Noise after size: ${parsed.rest}`)
  const count = parsed.value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(parsed.value)
  return { ok: true, value: count }
}

function refuse(text: string): Pop3Parsed<never> {
  return { ok: false, reply: err(text, { bad: true }) }
}
