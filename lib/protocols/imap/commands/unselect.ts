// UNSELECT (RFC 3691 §2): back to the authenticated state without expunging anything.

import { SELECTED_ONLY, defineCommand } from '../command'

export const unselect = defineCommand({
  name: 'UNSELECT',
  allowedStates: SELECTED_ONLY,
  handle: (ctx) => {
    ctx.unselect(false)
    return { status: 'OK', text: 'Unselect completed.' }
  },
})
