// LOGIN (RFC 3501 §6.2.3): user name and password as astrings (atoms, quoted strings or literals).
// Success answers OK [CAPABILITY ...] as Dovecot does; failure NO [AUTHENTICATIONFAILED] (RFC 5530).

import { octetsAsUtf8 } from '@/lib/protocols/octets'
import { NOT_AUTHENTICATED, defineCommand, type CommandContext, type HandlerResult } from '../command'
import { capabilities } from '../constants'
import { astringOf } from '../parser'

export const authFailed: HandlerResult = { status: 'NO', code: 'AUTHENTICATIONFAILED', text: 'Authentication failed.' }

export function logIn(ctx: CommandContext, user: string, password: string): HandlerResult {
  if (!ctx.store.authenticate(user, password)) return authFailed
  ctx.login(user)
  return { status: 'OK', code: `CAPABILITY ${capabilities(true)}`, text: 'Logged in' }
}

export const login = defineCommand({
  name: 'LOGIN',
  allowedStates: NOT_AUTHENTICATED,
  parse: (args) => {
    const user = astringOf(args[0])
    const password = astringOf(args[1])
    if (user === undefined || password === undefined) return { ok: false, message: 'Invalid arguments.' }
    // The store's users are text; the client's octets are read as UTF-8, as SASL PLAIN's are (RFC 4616 §2).
    return { ok: true, value: { user: octetsAsUtf8(user), password: octetsAsUtf8(password) } }
  },
  handle: (ctx, { user, password }) => logIn(ctx, user, password),
})
