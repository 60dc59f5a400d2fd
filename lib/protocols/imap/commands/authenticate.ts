// AUTHENTICATE PLAIN (RFC 3501 §6.2.2, RFC 4616), with the initial response on the command
// line (SASL-IR, RFC 4959) or after an empty continuation request `+ `.

import { astringOf, atomOf } from '../parser'
import { NOT_AUTHENTICATED, defineCommand, type CommandContext, type HandlerResult } from '../types'
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

export const authenticate = defineCommand({
  name: 'AUTHENTICATE',
  allowedStates: NOT_AUTHENTICATED,
  parse: (args) => {
    const mechanism = atomOf(args[0])
    if (mechanism === undefined) return { ok: false, message: 'Invalid arguments.' }
    return { ok: true, value: { mechanism, initial: astringOf(args[1]) } }
  },
  handle: (ctx, { mechanism, initial }): HandlerResult => {
    if (mechanism !== 'PLAIN') return { status: 'NO', text: 'Unsupported authentication mechanism.' }
    if (initial !== undefined) return finishPlain(ctx, initial)
    ctx.awaitAuthResponse((line) => finishPlain(ctx, line))
    return { status: 'OK', text: '', continuation: '' }
  },
})
