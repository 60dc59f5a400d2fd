// NOOP (RFC 5321 §4.1.1.9): does nothing and says so; any argument is ignored.

import { OK } from '../replies'
import type { SmtpCommand } from '../types'

export const noop: SmtpCommand = {
  name: 'NOOP',
  handle() {
    return OK
  },
}
