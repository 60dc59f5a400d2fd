// AUTH mechanism [initial-response] (RFC 4954 §4) with PLAIN (RFC 4616) and LOGIN. Offered on the
// submission port only (RFC 6409 §4.3); checks in the order Postfix's smtpd makes them.

import { decodeBase64, decodePlain } from '../../pop3/sasl'
import { SMTP_SASL_MECHANISMS } from '../constants'
import { authFailed, outOfSequence, reply, syntax } from '../replies'
import type { SmtpCommand, SmtpContext, SmtpReply } from '../types'

const SUCCESS = reply(235, '2.7.0', 'Authentication successful')
const ABORTED = reply(501, '5.7.0', 'Authentication aborted')
/** base64 of "Username:" and "Password:", the LOGIN mechanism's prompts. */
const USERNAME_PROMPT = reply(334, undefined, 'VXNlcm5hbWU6')
const PASSWORD_PROMPT = reply(334, undefined, 'UGFzc3dvcmQ6')

type Kind = 'initial' | 'continued'

export const auth: SmtpCommand = {
  name: 'AUTH',
  handle(ctx, args) {
    if (ctx.role !== 'submission') return outOfSequence('authentication not enabled')
    if (ctx.envelope) return outOfSequence('MAIL transaction in progress')
    if (ctx.user !== undefined) return outOfSequence('already authenticated')
    const words = args.trim() === '' ? [] : args.trim().split(/[ \t]+/)
    if (words.length < 1 || words.length > 2) return syntax('AUTH mechanism')
    const mechanism = words[0].toUpperCase()
    if (!SMTP_SASL_MECHANISMS.includes(mechanism)) return authFailed('Invalid authentication mechanism')
    const initial = words[1]
    if (mechanism === 'PLAIN') {
      if (initial !== undefined) return plain(ctx, initial, 'initial')
      // RFC 4954 §4: no initial response, so an empty challenge ("334 ") asks for it.
      return challenge(ctx, reply(334, undefined, ''), (line) => plain(ctx, line, 'continued'))
    }
    if (initial !== undefined) return askPassword(ctx, initial, 'initial')
    return challenge(ctx, USERNAME_PROMPT, (line) => askPassword(ctx, line, 'continued'))
  },
}

/** Sends a 334 and routes the client's next line to `next`; "*" cancels (RFC 4954 §4). */
function challenge(ctx: SmtpContext, prompt: SmtpReply, next: (line: string) => SmtpReply): SmtpReply {
  ctx.continuation = (line) => (line === '*' ? ABORTED : next(line))
  return prompt
}

/** RFC 4954 §4: "=" stands for an empty response. */
function decode(response: string): Uint8Array | undefined {
  return response === '=' ? new Uint8Array(0) : decodeBase64(response)
}

function invalidBase64(kind: Kind): SmtpReply {
  return authFailed(`Invalid base64 data in ${kind} response`)
}

function plain(ctx: SmtpContext, response: string, kind: Kind): SmtpReply {
  if (decode(response) === undefined) return invalidBase64(kind)
  const credentials = decodePlain(response)
  if (credentials.kind !== 'credentials') return authFailed('(reason unavailable)')
  const proxy = credentials.authzid !== '' && credentials.authzid !== credentials.user
  return !proxy && ctx.authenticate(credentials.user, credentials.password) ? SUCCESS : authFailed('(reason unavailable)')
}

function askPassword(ctx: SmtpContext, userResponse: string, kind: Kind): SmtpReply {
  const user = decode(userResponse)
  if (user === undefined) return invalidBase64(kind)
  const name = new TextDecoder().decode(user)
  return challenge(ctx, PASSWORD_PROMPT, (line) => {
    const password = decode(line)
    if (password === undefined) return invalidBase64('continued')
    return ctx.authenticate(name, new TextDecoder().decode(password)) ? SUCCESS : authFailed('(reason unavailable)')
  })
}
