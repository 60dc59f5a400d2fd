// UNSUBSCRIBE (RFC 3501 §6.3.7): removes a name from the subscription list. Dovecot answers OK
// even when the name was not subscribed, so the simulator does too.

import { ALL_STATES_AFTER_LOGIN, defineCommand, type HandlerResult } from '../command'
import { parseMailboxName } from './subscribe'

export const unsubscribe = defineCommand({
  name: 'UNSUBSCRIBE',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: parseMailboxName,
  handle: (ctx, name): HandlerResult => {
    ctx.store.unsubscribe(ctx.user ?? '', name)
    return { status: 'OK', text: 'Unsubscribe completed.' }
  },
})
