// The POP3 dispatcher (RFC 1939 §3): checks the line length, routes SASL continuations, looks the
// keyword up, checks the state, has the command parse its arguments, runs the handler, and counts
// bad commands as Dovecot 2.3 does.

import {
  MAX_BAD_COMMANDS_AFTER_LOGIN,
  MAX_BAD_COMMANDS_BEFORE_LOGIN,
  MAX_LINE_OCTETS_AFTER_LOGIN,
  MAX_LINE_OCTETS_BEFORE_LOGIN,
} from './constants'
import { parseCommandLine, skipSpaces } from './parser'
import { findPop3Command } from './registry'
import { err } from './replies'
import type { Pop3Context, Pop3Reply } from './types'

/** The dispatcher's own memory between lines. */
export interface DispatchState {
  badCommands: number
}

/** Handles one client line (an octet string without CRLF); returns the replies in wire order. The last may ask to close. */
export function dispatchLine(ctx: Pop3Context, memory: DispatchState, line: string): Pop3Reply[] {
  const before = ctx.state === 'AUTHORIZATION'
  // Dovecot's input buffers: pop3-login says "Input buffer full", pop3 "Input line too long".
  if (line.length > (before ? MAX_LINE_OCTETS_BEFORE_LOGIN : MAX_LINE_OCTETS_AFTER_LOGIN)) {
    return [err(before ? 'Input buffer full, aborting' : 'Input line too long.', { close: true })]
  }

  const continuation = ctx.continuation
  if (continuation) return [continuation(line)]

  const { name, args } = parseCommandLine(line)
  const command = findPop3Command(name)
  let reply: Pop3Reply
  if (command === undefined || !command.allowedStates.includes(ctx.state)) {
    // Each Dovecot process knows only its own state's commands; the rest are unknown to it.
    reply = before || name === '' ? err('Unknown command.', { bad: true }) : err(`Unknown command: ${name}`, { bad: true })
  } else {
    // pop3-login hands arguments over as sent; the pop3 process first drops leading spaces.
    const text = before ? args : skipSpaces(args)
    const parsed = command.parse ? command.parse(text) : { ok: true as const, value: text }
    reply = parsed.ok ? command.handle(ctx, parsed.value) : parsed.reply
  }
  return countBad(memory, before, reply)
}

function countBad(memory: DispatchState, before: boolean, reply: Pop3Reply): Pop3Reply[] {
  if (!reply.bad) {
    memory.badCommands = 0
    return [reply]
  }
  memory.badCommands++
  if (before && memory.badCommands >= MAX_BAD_COMMANDS_BEFORE_LOGIN) {
    return [reply, err('Too many invalid bad commands.', { close: true })]
  }
  if (!before && memory.badCommands > MAX_BAD_COMMANDS_AFTER_LOGIN) {
    return [reply, err('Too many bad commands.', { close: true })]
  }
  return [reply]
}
