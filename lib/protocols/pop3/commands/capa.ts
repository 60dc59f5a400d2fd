// CAPA (RFC 2449 §5): the capability list, allowed in both AUTHORIZATION and TRANSACTION.
// Before login it adds USER and SASL, as Dovecot's pop3-login does.

import { CAPABILITIES_AFTER_LOGIN, CAPABILITIES_BEFORE_LOGIN } from '../constants'
import type { Pop3Command } from '../types'

export const capa: Pop3Command = {
  name: 'CAPA',
  allowedStates: ['AUTHORIZATION', 'TRANSACTION'],
  handle(ctx) {
    const lines = ctx.state === 'AUTHORIZATION' ? CAPABILITIES_BEFORE_LOGIN : CAPABILITIES_AFTER_LOGIN
    return { status: '+OK', lines }
  },
}
