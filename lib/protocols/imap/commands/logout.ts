// LOGOUT (RFC 3501 §6.1.3): untagged BYE, tagged OK, then the server closes the connection.

import { ANY_STATE, defineCommand } from '../command'

export const logout = defineCommand({
  name: 'LOGOUT',
  allowedStates: ANY_STATE,
  handle: () => ({ status: 'OK', text: 'Logout completed.', untagged: ['* BYE Logging out'], close: true }),
  sync: () => 'none',
})
