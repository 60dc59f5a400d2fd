// CAPABILITY (RFC 3501 §6.1.1): the list differs before and after login, as Dovecot's does.

import { ANY_STATE, defineCommand } from '../command'
import { capabilities } from '../constants'

export const capability = defineCommand({
  name: 'CAPABILITY',
  allowedStates: ANY_STATE,
  handle: (ctx) => ({
    status: 'OK',
    text: 'Capability completed.',
    untagged: [`* CAPABILITY ${capabilities(ctx.state !== 'not authenticated')}`],
  }),
})
