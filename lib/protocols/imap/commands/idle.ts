// IDLE (RFC 2177 §3): `+ idling`, then updates are pushed as they happen until the client sends DONE.

import { ALL_STATES_AFTER_LOGIN, defineCommand } from '../command'

export const idle = defineCommand({
  name: 'IDLE',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  handle: (ctx) => {
    ctx.beginIdle()
    return { status: 'OK', text: '', continuation: 'idling' }
  },
})
