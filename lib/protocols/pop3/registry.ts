// The POP3 command table: every command of RFC 1939, CAPA (RFC 2449) and AUTH (RFC 5034),
// each from its own file, looked up by upper-case keyword.

import type { Pop3State } from '../session'
import { auth } from './commands/auth'
import { capa } from './commands/capa'
import { dele } from './commands/dele'
import { list } from './commands/list'
import { noop } from './commands/noop'
import { pass } from './commands/pass'
import { quit } from './commands/quit'
import { retr } from './commands/retr'
import { rset } from './commands/rset'
import { stat } from './commands/stat'
import { top } from './commands/top'
import { uidl } from './commands/uidl'
import { user } from './commands/user'
import type { Pop3Command } from './types'

/** In the order the console's help lists them. */
export const POP3_COMMANDS: readonly Pop3Command<unknown>[] = [
  user, pass, auth, capa, stat, list, uidl, retr, top, dele, rset, noop, quit,
]

const byName = new Map(POP3_COMMANDS.map((command) => [command.name, command]))

export function findPop3Command(name: string): Pop3Command<unknown> | undefined {
  return byName.get(name)
}

/** The command keywords allowed in a state (RFC 1939 §3); none in UPDATE. */
export function pop3CommandsAllowed(state: Pop3State): string[] {
  return POP3_COMMANDS.filter((command) => command.allowedStates.includes(state)).map((command) => command.name)
}
