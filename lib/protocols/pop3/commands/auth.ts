// AUTH mechanism [initial-response] (RFC 5034 §4) with SASL PLAIN (RFC 4616) or LOGIN (the
// mechanism Dovecot offers beside PLAIN). "AUTH" alone lists the mechanisms, as Dovecot does for
// old clients. PLAIN without an initial response gets "+ " and the next line is the response.
// LOGIN asks "+ VXNlcm5hbWU6" and "+ UGFzc3dvcmQ6" (base64 "Username:", "Password:"); an initial
// response is the username. "*" cancels either.

import { SASL_MECHANISMS } from '../constants'
import { asciiUpperCase } from '../parser'
import { AUTH_FAILED, err, ok } from '../replies'
import { LOGIN_PASSWORD_CHALLENGE, LOGIN_USERNAME_CHALLENGE, decodeLoginField, decodePlain } from '../sasl'
import type { Pop3Command, Pop3Context, Pop3Reply } from '../types'

export const auth: Pop3Command = {
  name: 'AUTH',
  allowedStates: ['AUTHORIZATION'],
  handle(ctx, args) {
    const space = args.indexOf(' ')
    const mechanism = asciiUpperCase(space < 0 ? args : args.slice(0, space))
    if (mechanism === '') return { ...ok(), lines: SASL_MECHANISMS }
    if (!SASL_MECHANISMS.includes(mechanism)) return err('Unsupported authentication mechanism.', { code: 'AUTH' })
    const initial = space < 0 ? '' : args.slice(space + 1)
    if (mechanism === 'LOGIN') return loginStep(ctx, initial === '=' ? '' : initial, 'initial')
    // Dovecot treats "AUTH PLAIN " (an empty initial response) like no initial response.
    if (initial !== '') return respond(ctx, initial, 'initial')
    // RFC 5034 §4: no initial response, so send an empty challenge and wait for the client's.
    ctx.continuation = (line) => {
      ctx.continuation = undefined
      if (line === '*') return err('Authentication aborted by client.')
      return respond(ctx, line, 'continued')
    }
    return { status: '+', text: '' }
  },
}

/** LOGIN: ask for (or take) the username, then ask for the password. */
function loginStep(ctx: Pop3Context, initial: string, kind: 'initial' | 'continued'): Pop3Reply {
  if (initial === '') {
    ctx.continuation = (line) => loginStep(ctx, line === '' ? '=' : line, 'continued')
    return { status: '+', text: LOGIN_USERNAME_CHALLENGE }
  }
  ctx.continuation = undefined
  if (initial === '*') return err('Authentication aborted by client.')
  const user = decodeLoginField(initial)
  if (user === undefined) return err(`Invalid base64 data in ${kind} response`, { code: 'AUTH' })
  ctx.continuation = (line) => {
    ctx.continuation = undefined
    if (line === '*') return err('Authentication aborted by client.')
    const password = decodeLoginField(line)
    if (password === undefined) return err('Invalid base64 data in continued response', { code: 'AUTH' })
    return ctx.authenticate('', user, password)
  }
  return { status: '+', text: LOGIN_PASSWORD_CHALLENGE }
}

function respond(ctx: Pop3Context, response: string, kind: 'initial' | 'continued'): Pop3Reply {
  const decoded = decodePlain(response)
  if (decoded.kind === 'invalid-base64') return err(`Invalid base64 data in ${kind} response`, { code: 'AUTH' })
  if (decoded.kind === 'malformed') return AUTH_FAILED
  return ctx.authenticate(decoded.authzid, decoded.user, decoded.password)
}
