// Small pieces several IMAP command handlers share: message-set resolution against the
// session's view (RFC 3501 §6.4.8, §9), flag-list parsing (§6.4.6), capability text and error replies.

import { AUTH_CAPABILITIES, PREAUTH_CAPABILITIES, SYSTEM_FLAG_ORDER } from './constants'
import { isAtomChar } from './chars'
import { parseSequenceSet, resolveSequenceNumbers, resolveUidSet, type SeqRange } from './sequence'
import type { CommandContext, HandlerResult, ImapArg, Parsed } from './types'

export function capabilities(loggedIn: boolean): string {
  return (loggedIn ? AUTH_CAPABILITIES : PREAUTH_CAPABILITIES).join(' ')
}

/** A syntax error found by a handler: BAD, counted toward the invalid-command limit. */
export function commandError(ctx: CommandContext, name: string, message: string): HandlerResult {
  return { status: 'BAD', text: `Error in IMAP command ${ctx.uid ? 'UID ' : ''}${name}: ${message}`, invalid: true }
}

export function parseSetArg(arg: ImapArg | undefined): Parsed<SeqRange[]> {
  if (!arg) return { ok: false, message: 'Invalid arguments' }
  const set = arg.kind === 'atom' ? parseSequenceSet(arg.value) : undefined
  return set ? { ok: true, value: set } : { ok: false, message: 'Invalid messageset' }
}

/**
 * The message numbers a set names in the selected mailbox: by UID under the UID prefix
 * (out-of-range UIDs match nothing), else by number (out of range: undefined → BAD).
 */
export function resolveMessages(ctx: CommandContext, set: readonly SeqRange[]): number[] | undefined {
  const selection = ctx.selection
  if (!selection) return undefined
  if (ctx.uid) {
    const messages = selection.messages
    return resolveUidSet(set, messages.length, (index) => messages[index].uid).map((index) => index + 1)
  }
  return resolveSequenceNumbers(set, selection.count)
}

/** A flag from a client: system flags in their canonical spelling, keywords as atoms (RFC 3501 §2.3.2). */
export function parseFlag(arg: ImapArg): Parsed<string> {
  if (arg.kind !== 'atom') return { ok: false, message: 'Flags list contains non-atoms.' }
  const value = arg.value
  if (value.startsWith('\\')) {
    const system = SYSTEM_FLAG_ORDER.find((flag) => flag.toLowerCase() === value.toLowerCase())
    return system ? { ok: true, value: system } : { ok: false, message: `Invalid system flag ${value.toUpperCase()}` }
  }
  for (let i = 0; i < value.length; i++) {
    if (!isAtomChar(value.charCodeAt(i))) return { ok: false, message: `Invalid characters in keyword ${value}` }
  }
  return { ok: true, value }
}

/** A flag list `(\Seen $Label)` or bare flags. */
export function parseFlags(args: readonly ImapArg[]): Parsed<string[]> {
  const items = args.length === 1 && args[0].kind === 'list' ? args[0].items : args
  const flags: string[] = []
  for (const item of items) {
    const flag = parseFlag(item)
    if (!flag.ok) return flag
    if (!flags.some((known) => known.toLowerCase() === flag.value.toLowerCase())) flags.push(flag.value)
  }
  return { ok: true, value: flags }
}

export const readOnlyReply: HandlerResult = { status: 'NO', text: 'Mailbox is read-only.' }

export function missingMailbox(name: string, code?: string): HandlerResult {
  return { status: 'NO', code, text: `Mailbox doesn't exist: ${name}` }
}

/** The text of a mailbox argument (RFC 3501 §9 mailbox = "INBOX" / astring). */
export function mailboxArg(arg: ImapArg | undefined): string | undefined {
  if (!arg || arg.kind === 'list') return undefined
  return arg.value
}
