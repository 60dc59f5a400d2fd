// The SMTP dispatcher (RFC 5321 §4.1): cuts an over-long command line as Postfix does, routes AUTH
// continuations, looks the verb up and runs its handler, and hangs up after too many errors.

import { COMMAND_LINE_LIMIT, HARD_ERROR_LIMIT, SMTP_HOSTNAME } from './constants'
import { parseCommandLine } from './parser'
import { findSmtpCommand } from './registry'
import { NOT_RECOGNIZED, reply } from './replies'
import type { SmtpContext, SmtpReply } from './types'

export interface DispatchState {
  errors: number
}

/** RFC 5321 §4.1.1: an empty line is not a command. Postfix words it apart from an unknown verb. */
const BAD_SYNTAX = reply(500, '5.5.2', 'Error: bad syntax')

/** Handles one command line; returns the replies in wire order. The last may ask to close. */
export function dispatchCommand(ctx: SmtpContext, memory: DispatchState, rawLine: string): SmtpReply[] {
  const line = rawLine.length > COMMAND_LINE_LIMIT ? rawLine.slice(0, COMMAND_LINE_LIMIT) : rawLine
  const continuation = ctx.continuation
  let answer: SmtpReply
  if (continuation) {
    ctx.continuation = undefined
    answer = continuation(line)
  } else {
    const { verb, args } = parseCommandLine(line)
    const command = verb === '' ? undefined : findSmtpCommand(verb)
    answer = command ? command.handle(ctx, args) : verb === '' ? BAD_SYNTAX : NOT_RECOGNIZED
  }
  if (!answer.error) return [answer]
  memory.errors++
  if (memory.errors < HARD_ERROR_LIMIT) return [answer]
  // smtpd_hard_error_limit: the reply, then 421 and the server hangs up (RFC 5321 §3.8).
  return [answer, reply(421, '4.7.0', `${SMTP_HOSTNAME} Error: too many errors`, { close: true })]
}
