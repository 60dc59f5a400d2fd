// CLOSE (RFC 3501 §6.4.2): expunges \Deleted messages silently (no untagged EXPUNGE) unless the
// mailbox is read-only, then returns to the authenticated state.

import { SELECTED_ONLY, defineCommand } from '../command'

export const close = defineCommand({
  name: 'CLOSE',
  allowedStates: SELECTED_ONLY,
  handle: (ctx) => {
    ctx.unselect(true)
    return { status: 'OK', text: 'Close completed.' }
  },
})
