// HELP (RFC 5321 §4.1.1.8) is optional, and Postfix does not implement it: the recorded server
// answers it as an unknown command, so this one does too. It has its own file so the console can
// list it and the choice is written down in one place.

import { NOT_RECOGNIZED } from '../replies'
import type { SmtpCommand } from '../types'

export const help: SmtpCommand = {
  name: 'HELP',
  handle() {
    return NOT_RECOGNIZED
  },
}
