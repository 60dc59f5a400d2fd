// The IMAP dispatcher (RFC 3501 §2.2.2, §6): finds the command, checks the state, parses the
// arguments, calls the handler and alone writes the tagged line, as Dovecot's imap and imap-login do.

import type { ImapState } from '@/lib/protocols/session'
import { MAX_LITERAL, PREAUTH_MAX_LINE } from './constants'
import { statusLine } from './formatter'
import { isValidCommandName, isValidTag, parseArgs, type CommandHead } from './parser'
import { findCommand } from './registry'
import type { ArgsOutcome, ImapArg } from './arguments'
import type { AnyImapCommand, CommandContext, HandlerResult } from './command'

/** What the session should do with a command line after the dispatcher looked at it. */
export type Dispatch =
  | { readonly kind: 'reply'; readonly result: HandlerResult; readonly command?: AnyImapCommand; readonly untaggedTag?: boolean }
  | { readonly kind: 'bye'; readonly text: string }
  | {
      readonly kind: 'literal'
      readonly command: AnyImapCommand
      readonly size: number
      readonly sync: boolean
      /** Set when the command refused the literal: a synchronising one is never sent, a non-synchronising one is skipped. */
      readonly refusal?: HandlerResult
    }

const bad = (text: string, invalid = true): HandlerResult => ({ status: 'BAD', text, invalid })

/** Dovecot's imap-login answers every malformed or unknown command the same way. */
const PREAUTH_BAD = 'Error in IMAP command received by server.'

/** Checks the tag and command name; returns the command, or the reply for a bad line. */
export function lookUp(head: CommandHead, state: ImapState): { command: AnyImapCommand } | { reply: Dispatch } {
  const preauth = state === 'not authenticated'
  if (!isValidTag(head.tag) || (preauth && head.tag.length > 100)) {
    return { reply: { kind: 'reply', result: bad(preauth ? PREAUTH_BAD : 'Error in IMAP tag: Invalid tag'), untaggedTag: true } }
  }
  if (head.name === undefined || !isValidCommandName(head.name)) {
    return { reply: { kind: 'reply', result: bad(preauth ? PREAUTH_BAD : 'Error in IMAP command: Invalid command name') } }
  }
  const name = `${head.uid ? 'UID ' : ''}${head.name.toUpperCase()}`
  const command = findCommand(name)
  if (preauth) {
    if (!command || !command.allowedStates.includes(state)) return { reply: { kind: 'reply', result: bad(PREAUTH_BAD) } }
    return { command }
  }
  // After login, LOGIN and AUTHENTICATE are unknown to Dovecot's imap process.
  if (!command || !command.allowedStates.some((allowed) => allowed !== 'not authenticated')) {
    return { reply: { kind: 'reply', result: bad(`Error in IMAP command ${name}: Unknown command.`) } }
  }
  if (!command.allowedStates.includes(state)) {
    // RFC 3501 §6.4: commands for the selected state; not a syntax error, so not counted.
    return { reply: { kind: 'reply', result: bad('No mailbox selected.', false) } }
  }
  return { command }
}

/** Parses the arguments gathered so far (text and literal parts) and runs the command when complete. */
export function runCommand(command: AnyImapCommand, parts: readonly string[], ctx: CommandContext): Dispatch {
  if (!command.parse) return { kind: 'reply', result: command.handle(ctx, undefined as never), command }
  const preauth = ctx.state === 'not authenticated'
  const maxLiteral = command.checkLiteral ? Number.MAX_SAFE_INTEGER : preauth ? PREAUTH_MAX_LINE : MAX_LITERAL
  const outcome: ArgsOutcome = parseArgs(parts, { maxLiteral })
  const name = ctx.uid && !command.name.startsWith('UID ') ? `UID ${command.name}` : command.name
  const prefix = preauth ? '' : `Error in IMAP command ${name}: `
  switch (outcome.kind) {
    case 'error':
      if (outcome.fatal) return { kind: 'bye', text: outcome.message }
      return { kind: 'reply', result: bad(preauth ? PREAUTH_BAD : prefix + outcome.message), command }
    case 'literal': {
      const refusal = command.checkLiteral?.(ctx, outcome.args, outcome.size)
      return { kind: 'literal', command, size: outcome.size, sync: outcome.sync, refusal }
    }
    case 'ok':
      return execute(command, outcome.args, ctx, prefix)
  }
}

function execute(command: AnyImapCommand, args: readonly ImapArg[], ctx: CommandContext, prefix: string): Dispatch {
  const parsed = command.parse ? command.parse(args, ctx) : { ok: true as const, value: undefined as never }
  if (!parsed.ok) return { kind: 'reply', result: bad(prefix ? prefix + parsed.message : PREAUTH_BAD), command }
  return { kind: 'reply', result: command.handle(ctx, parsed.value), command }
}

/** The tagged (or, for a bad tag, untagged) status line for a result. */
export function taggedLine(tag: string, result: HandlerResult): string {
  // Free text may echo client input (a mailbox name from a literal): keep it on one line.
  const text = /[\x00-\x1f\x7f]/.test(result.text) ? result.text.replace(/[\x00-\x1f\x7f]/g, '?') : result.text
  return statusLine(tag, result.status, text, result.code)
}
