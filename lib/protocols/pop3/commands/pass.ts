// PASS string (RFC 1939 §7): the password for the name USER gave. The whole rest of the line is
// the password, spaces included. Dovecot forgets the USER name after each PASS.

import { octetsAsUtf8 } from '../../octets'
import { err } from '../replies'
import type { Pop3Command } from '../types'

export const pass: Pop3Command = {
  name: 'PASS',
  allowedStates: ['AUTHORIZATION'],
  handle(ctx, args) {
    const name = ctx.pendingUser
    if (name === undefined) return err('No username given.')
    ctx.pendingUser = undefined
    return ctx.authenticate('', name, octetsAsUtf8(args))
  },
}
