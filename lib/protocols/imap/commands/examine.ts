// EXAMINE (RFC 3501 §6.3.2): SELECT read-only; nothing the session does changes the mailbox,
// not even \Seen or \Recent.

import { ALL_STATES_AFTER_LOGIN, defineCommand } from '../command'
import { openMailbox, parseSelectArgs } from './select'

export const examine = defineCommand({
  name: 'EXAMINE',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: parseSelectArgs,
  handle: (ctx, name) => openMailbox(ctx, name, true),
})
