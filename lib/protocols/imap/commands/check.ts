// CHECK (RFC 3501 §6.4.1): a checkpoint of the selected mailbox. The simulated store has nothing
// to flush, so, like Dovecot, it only syncs: the pending untagged updates go out before the OK.

import { SELECTED_ONLY, defineCommand } from '../command'

export const check = defineCommand({
  name: 'CHECK',
  allowedStates: SELECTED_ONLY,
  handle: () => ({ status: 'OK', text: 'Check completed.' }),
})
