// The IMAP command registry: every command file, and the UID-prefixed forms (RFC 3501 §6.4.8).

import type { ImapState } from '@/lib/protocols/session'
import { append } from './commands/append'
import { authenticate } from './commands/authenticate'
import { capability } from './commands/capability'
import { check } from './commands/check'
import { close } from './commands/close'
import { copy } from './commands/copy'
import { create } from './commands/create'
import { del } from './commands/delete'
import { enable } from './commands/enable'
import { examine } from './commands/examine'
import { expunge } from './commands/expunge'
import { fetch } from './commands/fetch'
import { id } from './commands/id'
import { idle } from './commands/idle'
import { list } from './commands/list'
import { login } from './commands/login'
import { logout } from './commands/logout'
import { lsub } from './commands/lsub'
import { move } from './commands/move'
import { namespace } from './commands/namespace'
import { noop } from './commands/noop'
import { rename } from './commands/rename'
import { search } from './commands/search'
import { select } from './commands/select'
import { status } from './commands/status'
import { store } from './commands/store'
import { subscribe } from './commands/subscribe'
import { uidExpunge } from './commands/uidExpunge'
import { unselect } from './commands/unselect'
import { unsubscribe } from './commands/unsubscribe'
import type { AnyImapCommand } from './command'

const COMMANDS: readonly AnyImapCommand[] = [
  capability, noop, logout, login, authenticate, id, enable, namespace, idle,
  list, lsub, create, del, rename, subscribe, unsubscribe, status, select, examine, unselect, close,
  check, append, fetch, store, search, expunge, copy, move,
]

/** Commands that also take the UID prefix and keep their own file (UID EXPUNGE has its own). */
const UID_FORMS: readonly AnyImapCommand[] = [fetch, store, search, copy, move]

const BY_NAME = new Map<string, AnyImapCommand>()
for (const command of COMMANDS) BY_NAME.set(command.name, command)
for (const command of UID_FORMS) BY_NAME.set(`UID ${command.name}`, command)
BY_NAME.set(uidExpunge.name, uidExpunge)

/** The command for an upper-cased name such as `FETCH` or `UID FETCH`. */
export function findCommand(name: string): AnyImapCommand | undefined {
  return BY_NAME.get(name)
}

/** Names of the commands allowed in a state, in registry order (the console's help). */
export function imapCommandsAllowed(state: ImapState): string[] {
  return [...BY_NAME.entries()].filter(([, command]) => command.allowedStates.includes(state)).map(([name]) => name)
}
