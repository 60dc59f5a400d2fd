// AUTHENTICATE (RFC 3501 §6.2.2) with PLAIN (RFC 4616) or LOGIN (draft-murchison-sasl-login, which
// Dovecot offers beside PLAIN). PLAIN's initial response comes on the command line (SASL-IR, RFC 4959)
// or after an empty continuation request `+ `. LOGIN asks `+ VXNlcm5hbWU6` ("Username:") and
// `+ UGFzc3dvcmQ6` ("Password:"), as Dovecot does; an initial response on the line is the username.

import { astringOf, atomOf } from '../parser'
import { NOT_AUTHENTICATED, defineCommand, type CommandContext, type HandlerResult } from '../command'
import { authFailed, logIn } from './login'

function decodeBase64(text: string): string | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined
  const binary = atob(text)
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  return new TextDecoder().decode(bytes)
}

/** PLAIN: authzid NUL authcid NUL password; an authzid other than the user is refused. */
function finishPlain(ctx: CommandContext, response: string): HandlerResult {
  if (response === '*') return { status: 'BAD', text: 'Authentication aborted by client.' }
  const decoded = response === '=' ? '' : decodeBase64(response)
  if (decoded === undefined) return { status: 'BAD', text: 'Invalid base64 data in continued response' }
  const fields = decoded.split('\0')
  if (fields.length !== 3) return authFailed
  const [authzid, user, password] = fields
  if (authzid !== '' && authzid !== user) return authFailed
  return logIn(ctx, user, password)
}

/** The challenges Dovecot's LOGIN mechanism sends: base64 of "Username:" and "Password:". */
export const LOGIN_USERNAME_CHALLENGE = 'VXNlcm5hbWU6'
export const LOGIN_PASSWORD_CHALLENGE = 'UGFzc3dvcmQ6'

/** One LOGIN step: the client's base64 answer, decoded, or the reply that ends the exchange. */
function loginField(response: string): { value: string } | { reply: HandlerResult } {
  if (response === '*') return { reply: { status: 'BAD', text: 'Authentication aborted by client.' } }
  const value = response === '=' ? '' : decodeBase64(response)
  if (value === undefined) return { reply: { status: 'BAD', text: 'Invalid base64 data in continued response' } }
  return { value }
}

function loginUsername(ctx: CommandContext, response: string): HandlerResult {
  const user = loginField(response)
  if ('reply' in user) return user.reply
  ctx.awaitAuthResponse((line) => {
    const password = loginField(line)
    return 'reply' in password ? password.reply : logIn(ctx, user.value, password.value)
  })
  return { status: 'OK', text: '', continuation: LOGIN_PASSWORD_CHALLENGE }
}

export const authenticate = defineCommand({
  name: 'AUTHENTICATE',
  allowedStates: NOT_AUTHENTICATED,
  parse: (args) => {
    const mechanism = atomOf(args[0])
    if (mechanism === undefined) return { ok: false, message: 'Invalid arguments.' }
    return { ok: true, value: { mechanism, initial: astringOf(args[1]) } }
  },
  handle: (ctx, { mechanism, initial }): HandlerResult => {
    if (mechanism === 'LOGIN') {
      // Dovecot treats an empty initial response ("=") like none and still asks for the username.
      if (initial !== undefined && initial !== '=') return loginUsername(ctx, initial)
      ctx.awaitAuthResponse((line) => loginUsername(ctx, line))
      return { status: 'OK', text: '', continuation: LOGIN_USERNAME_CHALLENGE }
    }
    if (mechanism !== 'PLAIN') return { status: 'NO', text: 'Unsupported authentication mechanism.' }
    if (initial !== undefined) return finishPlain(ctx, initial)
    ctx.awaitAuthResponse((line) => finishPlain(ctx, line))
    return { status: 'OK', text: '', continuation: '' }
  },
})
