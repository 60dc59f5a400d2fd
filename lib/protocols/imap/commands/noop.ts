// NOOP (RFC 3501 §6.1.2): does nothing, so the pending untagged updates go out (§7.4.1).

import { ANY_STATE, defineCommand } from '../command'

export const noop = defineCommand({
  name: 'NOOP',
  allowedStates: ANY_STATE,
  handle: () => ({ status: 'OK', text: 'NOOP completed.' }),
})
