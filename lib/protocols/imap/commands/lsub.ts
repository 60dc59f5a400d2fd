// LSUB (RFC 3501 §6.3.9): subscribed mailboxes. The simulator keeps no subscriptions (CREATE
// does not subscribe, as on Dovecot), so the answer is always empty.

import { ALL_STATES_AFTER_LOGIN, defineCommand } from '../types'
import { parseListArgs } from './list'

export const lsub = defineCommand({
  name: 'LSUB',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: parseListArgs,
  handle: () => ({ status: 'OK', text: 'Lsub completed.' }),
})
