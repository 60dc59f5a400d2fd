// NOOP (RFC 1939 §5): does nothing but answer +OK. Only in TRANSACTION, as in Dovecot's pop3-login.

import { ok } from '../replies'
import type { Pop3Command } from '../types'

export const noop: Pop3Command = {
  name: 'NOOP',
  allowedStates: ['TRANSACTION'],
  handle() {
    return ok()
  },
}
