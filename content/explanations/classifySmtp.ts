// Classifies one SMTP line (RFC 5321): a client command, a login (AUTH) line, a line of the
// message after DATA, or a server reply read by its code, the command it answers and its RFC 3463
// enhanced status code. Pure and total: any string gets a description.
import { smtpCommands, smtpEhloKeywords, smtpOtherCommands, type SmtpCommandKey, type SmtpEhloKeyword } from './smtp'
import { enhancedClasses, enhancedDetails, enhancedSubjects, smtpReplies, smtpReplyCodes, type SmtpReplyCode, type SmtpReplyKey } from './smtpReplies'
import { clip, describe, headerField, stripEol, words, type Vars } from './describe'
import type { LineContext, LineDescription } from './types'

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k)
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/
/** Postfix's line_length_limit; RFC 5321 §4.5.3.1.4 only promises 512 octets for a command line. */
const COMMAND_LINE_LIMIT = 2048
/** Our own domain: the lab's server is mail.example.org (docs/protocols-smtp.md). */
const LOCAL_DOMAIN = /@example\.org>?$/i

function reply(key: SmtpReplyKey, vars: Vars = {}, extra: string[] = []): LineDescription {
  return describe(`smtp.server.${key}`, smtpReplies[key], vars, extra)
}

/** "MAIL FROM:<a@b>" -> "MAIL"; undefined when the first word is not a command the lab explains. */
export function smtpCommandKey(line: string): SmtpCommandKey | undefined {
  const verb = (words(line, 1)[0] ?? '').toUpperCase()
  return has(smtpCommands, verb) ? (verb as SmtpCommandKey) : undefined
}

/** Decodes base64 to text when it is printable (NUL shown as "\0"), else undefined. Never throws. */
export function decodeBase64Text(value: string): string | undefined {
  if (!BASE64.test(value) || value.length % 4 !== 0 || value.length > 400) return undefined
  try {
    const decode = (globalThis as { atob?: (s: string) => string }).atob
    if (!decode) return undefined
    const text = decode(value)
    return /^[\x00\x20-\x7e]*$/.test(text) ? text : undefined
  } catch {
    return undefined
  }
}

/** What AUTH PLAIN's base64 says: authzid NUL user NUL password (RFC 4616 §2). */
function plainNote(value: string): string {
  const text = decodeBase64Text(value)
  const parts = text?.split('\x00')
  if (!parts || parts.length !== 3) return 'It is meant to be base64 of: nothing, a NUL byte, the user name, a NUL byte, the password (RFC 4616 §2).'
  return `Decoded, it says: user "${clip(parts[1], 30)}", password "${clip(parts[2], 30)}". Anyone who sees this line can read the password, which is why real servers want TLS first.`
}

function loginValueNote(value: string, what: 'user name' | 'password'): string {
  const text = decodeBase64Text(value)
  return text !== undefined ? `It is the ${what} in base64: "${clip(text, 30)}".` : `It should be the ${what} in base64; the server answers 535 5.7.8 if it cannot decode it.`
}

/** The AUTH exchange a client line continues, judged from the line before it. */
function authContinuation(line: string, previous: string | undefined): LineDescription | undefined {
  if (previous === undefined) return undefined
  const prev = words(previous, 3).map((w) => w.toUpperCase())
  if (line === '*') return { kind: 'smtp.client.sasl-cancel', text: 'A lone "*" cancels the login. The server answers 501 5.7.0.', rfc: 'RFC 4954 §4' }
  if (!BASE64.test(line) && line !== '=') return undefined
  if (prev[0] === 'AUTH' && prev[1] === 'PLAIN' && prev.length === 2) {
    return { kind: 'smtp.client.sasl-plain', text: `The PLAIN credentials, as one base64 line. ${plainNote(line)}`, rfc: 'RFC 4954 §4' }
  }
  if (prev[0] === 'AUTH' && prev[1] === 'LOGIN') {
    const what = prev.length === 2 ? 'user name' : 'password'
    return { kind: `smtp.client.sasl-login-${what === 'user name' ? 'user' : 'password'}`, text: loginValueNote(line, what), rfc: 'RFC 4954 §4' }
  }
  if (prev.length === 1 && BASE64.test(previous.trim()) && !smtpCommandKey(previous)) {
    return { kind: 'smtp.client.sasl-login-password', text: loginValueNote(line, 'password'), rfc: 'RFC 4954 §4' }
  }
  return undefined
}

/** A line of the message itself, sent after DATA's 354 (RFC 5321 §4.1.1.4, §4.5.2). */
function contentLine(line: string): LineDescription {
  const rfc = 'RFC 5321 §4.1.1.4'
  if (line === '.') return { kind: 'smtp.client.data-end', text: 'A line with only "." ends the message. The server now answers whether it accepts it.', rfc }
  if (line.startsWith('.')) {
    return { kind: 'smtp.client.dot-stuffed', text: 'A message line that starts with "." is sent with one extra "." in front, so it is not mistaken for the end. The server takes that dot off again.', rfc: 'RFC 5321 §4.5.2' }
  }
  if (line === '') return { kind: 'smtp.client.data-blank', text: 'A blank line in the message: the first one separates the headers from the body.', rfc: 'RFC 5322 §2.1' }
  const field = headerField(line)
  if (field) return { kind: 'smtp.client.data-header', text: `A header line of the message: "${clip(field, 30)}". The message carries its own From:, To: and Subject:; the server delivers by the envelope (MAIL FROM, RCPT TO).`, rfc: 'RFC 5322 §2.2' }
  return { kind: 'smtp.client.data-line', text: 'A line of the message text, sent exactly as written.', rfc }
}

/** Several lines sent at once: the message after 354, ending with the lone "." line. */
function wholeMessage(text: string): LineDescription {
  const lines = text.split(/\r?\n/)
  const ends = lines[lines.length - 1] === '.'
  const count = ends ? lines.length - 1 : lines.length
  return {
    kind: 'smtp.client.data-message',
    text: `The message itself: ${count} lines (headers, a blank line, then the body)${ends ? ', then a line with only "." that ends it' : ''}. Lines starting with "." get an extra "." (RFC 5321 §4.5.2).`,
    rfc: 'RFC 5321 §4.1.1.4',
  }
}

function address(rest: string): string {
  const m = /<([^>]{0,200})>?/.exec(rest) ?? /:\s*(\S{1,200})/.exec(rest)
  return m ? clip(m[1] || '<> (the empty sender that bounce messages use)', 50) : 'the address you give'
}

function commandNotes(key: SmtpCommandKey, trimmed: string): string[] {
  const upper = trimmed.slice(0, 400).toUpperCase()
  const notes: string[] = []
  if (key === 'EHLO' || key === 'HELO') {
    if (!words(trimmed, 2)[1]) notes.push(`Without a name the server answers 501.`)
  }
  if (key === 'AUTH') {
    const [, mechanism = '', initial] = words(trimmed, 3)
    const mech = mechanism.toUpperCase()
    if (mech === 'PLAIN' && initial) notes.push(`Here the credentials come on the same line. ${plainNote(initial)}`)
    else if (mech === 'PLAIN') notes.push('The server answers "334 " and waits for the base64 line.')
    else if (mech === 'LOGIN') notes.push(initial ? `The user name comes on this line: ${loginValueNote(initial, 'user name')}` : 'The server asks for the user name, then the password, each in base64.')
    else if (mech === '') notes.push('The mechanism is missing, so the server answers 501.')
    else notes.push(`This server offers only PLAIN and LOGIN, so "${clip(mechanism, 20)}" fails with 535 5.7.8 (Postfix's answer).`)
  }
  if (key === 'MAIL' || key === 'RCPT') {
    const want = key === 'MAIL' ? 'FROM:' : 'TO:'
    if (!upper.replace(/\s+/g, ' ').startsWith(`${key} ${want}`)) notes.push(`It must be written "${key} ${want}<address>", or the server answers 501.`)
    const size = /\bSIZE=(\d{1,12})/i.exec(trimmed)
    if (key === 'MAIL' && size) notes.push(`SIZE=${size[1]} announces the message size, so a server can refuse a too-big message before it is sent (RFC 1870 §6).`)
    if (key === 'RCPT' && /@/.test(trimmed)) {
      notes.push(
        LOCAL_DOMAIN.test(trimmed.trim())
          ? 'This address is on this server (example.org), so the message goes into that user\'s INBOX.'
          : 'This address is at another domain: a submission server takes it from a logged-in user and passes it on to that domain. A server on port 25 refuses to relay it.',
      )
    }
  }
  return notes
}

export function describeSmtpClient(input: string, ctx: LineContext): LineDescription {
  const raw = typeof input === 'string' ? input : String(input)
  if (/\r?\n/.test(raw.replace(/\r?\n$/, ''))) return wholeMessage(raw.replace(/\r?\n$/, ''))
  const line = stripEol(raw)
  if (ctx.inMultiline) return contentLine(line)
  const trimmed = line.trim()
  const previous = ctx.previousClientLine !== undefined ? stripEol(ctx.previousClientLine) : undefined
  if (previous !== undefined && !smtpCommandKey(trimmed)) {
    const auth = authContinuation(trimmed, previous)
    if (auth) return auth
    if (/^DATA$/i.test(previous.trim())) return contentLine(line)
  }
  if (trimmed === '') return { kind: 'smtp.client.empty', text: 'An empty line is not a command: the server answers 500 5.5.2.', rfc: 'RFC 5321 §4.1.1' }
  const long = line.length > COMMAND_LINE_LIMIT ? [`This line is ${line.length} characters long. RFC 5321 §4.5.3.1.4 only promises 512; Postfix cuts a line at 2,048 and reads the cut line.`] : []
  const key = smtpCommandKey(trimmed)
  const verb = clip((words(trimmed, 1)[0] ?? '').toUpperCase(), 20)
  if (!key) {
    const known = smtpOtherCommands[verb]
    const text = known
      ? `${known}. This lab's server does not offer it and answers 500 5.5.2.`
      : `"${verb}" is not an SMTP command, so the server answers 500 5.5.2. The commands are EHLO, AUTH, MAIL, RCPT, DATA, RSET, NOOP, VRFY and QUIT.`
    return { kind: known ? 'smtp.client.not-offered' : 'smtp.client.unknown', text: [text, ...long].join(' '), rfc: 'RFC 5321 §4.1.1' }
  }
  return describe(`smtp.client.${key}`, smtpCommands[key], { address: address(trimmed.slice(5)) }, [...commandNotes(key, trimmed), ...long])
}

/** RFC 3463: "5.7.1" -> a sentence naming its class, subject and detail. */
export function describeEnhancedCode(code: string): string | undefined {
  const m = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(code)
  if (!m) return undefined
  const subject = enhancedSubjects[m[2]]
  const detail = enhancedDetails[code] ?? enhancedDetails[`${m[2]}.${m[3]}`]
  const parts = [`${m[1]} = ${enhancedClasses[m[1]]}`, subject ? `${m[2]} = ${subject.name}` : `${m[2]} = a subject RFC 3463 does not list`]
  if (detail) parts.push(`${m[3]} = ${detail}`)
  return `Enhanced code ${code}: ${parts.join(', ')} (RFC 3463 §${subject?.section ?? '2'}).`
}

type Previous = { verb: string | undefined; afterData: boolean; text: string }

function readPrevious(previous: string | undefined): Previous {
  const text = previous !== undefined ? stripEol(previous) : ''
  const afterData = /(^|\n)\.$/.test(text)
  return { verb: previous === undefined || afterData ? undefined : smtpCommandKey(text), afterData, text }
}

/** A 250 line: which 250 it is, from the command answered and the text. */
function okLine(rest: string, prev: Previous, continued: boolean): LineDescription {
  const keyword = (words(rest, 1)[0] ?? '').toUpperCase()
  const value = clip(rest.slice(keyword.length).trim(), 40)
  const inEhlo = prev.verb === 'EHLO' || (prev.verb === undefined && !prev.afterData && (continued || has(smtpEhloKeywords, keyword)))
  if (inEhlo && has(smtpEhloKeywords, keyword)) {
    return describe(`smtp.server.ehlo.${keyword}`, smtpEhloKeywords[keyword as SmtpEhloKeyword], { value: value || 'its mechanisms' })
  }
  if (prev.verb === 'EHLO' && /^[A-Z0-9][A-Z0-9-]*$/.test(keyword) && !/\./.test(keyword)) return reply('ehloKeywordOther', { keyword: clip(keyword, 30) })
  if (inEhlo) return reply('ehloHello')
  if (prev.verb === 'HELO') return reply('heloHello')
  if (prev.afterData || /queued as/i.test(rest)) return reply('queued', { text: clip(rest.replace(/^\d\.\d{1,3}\.\d{1,3}\s*/, ''), 40) })
  if (prev.verb === 'MAIL') return reply('senderOk')
  if (prev.verb === 'RCPT') return reply('recipientOk')
  if (prev.verb === 'RSET') return reply('resetOk')
  if (prev.verb === 'NOOP') return reply('noopOk')
  return describe('smtp.server.250', smtpReplyCodes['250'])
}

/** The finer reading of a reply, when its text or the command answered tells more than the code. */
function special(code: string, rest: string, prev: Previous): LineDescription | undefined {
  const text = rest.slice(0, 600)
  if (code === '334') {
    const challenge = text.trim()
    if (challenge === 'VXNlcm5hbWU6') return reply('loginUsername')
    if (challenge === 'UGFzc3dvcmQ6') return reply('loginPassword')
    if (challenge === '') return reply('plainChallenge')
  }
  if (code === '421' && /too many errors/i.test(text)) return reply('tooManyErrors')
  if (code === '500' && prev.verb === 'HELP') return reply('helpNotImplemented')
  if (code === '500' && /bad syntax/i.test(text)) return reply('badSyntax')
  if (code === '554' && /relay access denied/i.test(text)) return reply('relayDenied')
  if (code === '554' && /access denied/i.test(text)) return reply('accessDenied')
  if (code === '550' && /user unknown/i.test(text)) return reply('userUnknown')
  if (code === '552' && /\b5\.2\.2\b|mailbox is full|quota/i.test(text)) return reply('mailboxFull')
  if (code === '552' && /\b5\.3\.4\b|too big|exceeds/i.test(text)) return reply('tooBig')
  return undefined
}

function byClass(code: string): LineDescription {
  const first = code.charAt(0)
  const meaning =
    first === '2' ? 'success' : first === '3' ? 'go on, the server waits for more' : first === '4' ? 'a failure that may pass: try again later' : first === '5' ? 'a permanent failure: do not repeat it as it is' : 'not a reply class RFC 5321 defines'
  return { kind: 'smtp.server.class', text: `Reply ${code}: the first digit says ${meaning}.`, rfc: 'RFC 5321 §4.2.1' }
}

export function describeSmtpServer(input: string, ctx: LineContext): LineDescription {
  const line = stripEol(typeof input === 'string' ? input : String(input)).slice(0, 4096)
  const m = /^(\d{3})([ -]|$)(.*)$/s.exec(line)
  if (!m) return reply('unknownServerLine')
  const [, code, separator, rest] = m
  const prev = readPrevious(ctx.previousClientLine)
  const enhanced = /^(\d\.\d{1,3}\.\d{1,3})(?:\s|$)/.exec(rest)?.[1]
  const notes = [
    separator === '-' && code !== '250' ? 'A "-" after the code means more lines of this reply follow.' : '',
    enhanced ? describeEnhancedCode(enhanced) ?? '' : '',
  ].filter(Boolean)
  const withNotes = (d: LineDescription): LineDescription => (notes.length ? { ...d, text: `${d.text} ${notes.join(' ')}` } : d)
  if (code === '250') return withNotes(okLine(rest, prev, separator === '-'))
  const found = special(code, rest, prev)
  if (found) return withNotes(found)
  if (has(smtpReplyCodes, code)) return withNotes(describe(`smtp.server.${code}`, smtpReplyCodes[code as SmtpReplyCode]))
  return withNotes(byClass(code))
}
