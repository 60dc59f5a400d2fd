// Classifies one POP3 line (RFC 1939) as a command or reply kind, using what the caller knows
// about the command being answered. Pure, total: any string gets a description.
import { pop3Commands, pop3Responses, type Pop3CommandKey, type Pop3ResponseKey } from './pop3'
import { clip, describe, headerField, LONG_LINE, stripEol, words, type Vars } from './describe'
import type { LineContext, LineDescription } from './types'

const BASE64 = /^[A-Za-z0-9+/]+=*$/

/** The command key for a client line ("LIST 1" -> "LIST n"), or undefined when it is not a command. */
export function pop3CommandKey(line: string): Pop3CommandKey | undefined {
  const [verb, arg] = words(line, 2)
  if (!verb) return undefined
  const upper = verb.toUpperCase()
  if ((upper === 'LIST' || upper === 'UIDL') && arg !== undefined) return `${upper} n` as Pop3CommandKey
  return Object.prototype.hasOwnProperty.call(pop3Commands, upper) ? (upper as Pop3CommandKey) : undefined
}

function resp(key: Pop3ResponseKey, vars: Vars = {}, extra: string[] = []): LineDescription {
  return describe(`pop3.server.${key}`, pop3Responses[key], vars, extra)
}

function isSaslWait(previous: string | undefined): boolean {
  const w = previous ? words(previous, 3) : []
  return w.length === 2 && w[0].toUpperCase() === 'AUTH'
}

export function describePop3Client(input: string, ctx: LineContext): LineDescription {
  const line = stripEol(input)
  const trimmed = line.trim()
  if (isSaslWait(ctx.previousClientLine) && !pop3CommandKey(trimmed)) {
    if (trimmed === '*') return describe('pop3.client.sasl-cancel', pop3Responses.saslCancel)
    if (BASE64.test(trimmed)) return describe('pop3.client.sasl-response', pop3Responses.saslResponse)
  }
  if (trimmed === '') return describe('pop3.client.empty', pop3Responses.emptyClientLine)
  const long = line.length > LONG_LINE ? [`This line is ${line.length} characters long: servers refuse lines over their limit (RFC 2449 §4).`] : []
  const key = pop3CommandKey(trimmed)
  if (!key) {
    return describe('pop3.client.unknown', pop3Responses.unknownClientLine, {}, [
      `("${clip(words(trimmed, 1)[0] ?? '')}" is not one of USER, PASS, STAT, LIST, RETR, DELE, QUIT…)`,
      ...long,
    ])
  }
  const [, a1, a2] = words(trimmed, 3)
  const needsNumber = key === 'RETR' || key === 'DELE' || key === 'TOP'
  const notes: string[] = []
  if (needsNumber && !(a1 && /^\d+$/.test(a1))) notes.push('The message number is missing or not a number, so the server will answer -ERR.')
  return describe(`pop3.client.${key}`, pop3Commands[key], { n: clip(a1 ?? 'n', 12), lines: clip(a2 ?? 'n', 12) }, [...notes, ...long])
}

/** A line inside a multi-line reply, read in the light of the command that asked for it. */
function multilineLine(line: string, cmd: Pop3CommandKey | undefined): LineDescription {
  if (line === '.') return resp('terminator')
  const scan = /^(\d+) (\d+)$/.exec(line)
  if (cmd === 'LIST' && scan) return resp('scanListing', { n: scan[1], octets: scan[2] })
  const uid = /^(\d+) (\S+)$/.exec(line)
  if (cmd === 'UIDL' && uid) return resp('uidlListing', { n: uid[1], uid: clip(uid[2]) })
  if (cmd === 'CAPA') return resp('capaLine', { capability: clip(line) })
  if (cmd === 'RETR' || cmd === 'TOP' || cmd === undefined) {
    if (cmd === undefined && scan) return resp('scanListing', { n: scan[1], octets: scan[2] })
    if (line.startsWith('..')) return resp('dotStuffed')
    if (line === '') return resp('blankLine')
    const field = headerField(line)
    if (field) return resp('headerLine', { field })
    return resp('contentLine')
  }
  return resp('dataLine')
}

function okLine(rest: string, cmd: Pop3CommandKey | undefined, previous: string | undefined): LineDescription {
  const counts = /^(\d+) (\d+)\b/.exec(rest)
  if (/logging out/i.test(rest) || cmd === 'QUIT') return resp(/deleted/i.test(rest) ? 'quitDeleted' : 'quit')
  if (/\bready\b/i.test(rest) || /<[^>]*@[^>]*>/.test(rest)) return resp('greeting')
  if (/logged in/i.test(rest) || cmd === 'PASS' || cmd === 'AUTH' || cmd === 'APOP') return resp('loggedIn')
  switch (cmd) {
    case 'USER':
      return resp('userAccepted')
    case 'STAT':
      return counts ? resp('statCounts', { count: counts[1], octets: counts[2] }) : resp('ok')
    case 'LIST n':
      return counts ? resp('scanListing', { n: counts[1], octets: counts[2] }) : resp('ok')
    case 'LIST':
      return resp('listHeader')
    case 'UIDL n': {
      const m = /^(\d+) (\S+)/.exec(rest)
      return m ? resp('uidlListing', { n: m[1], uid: clip(m[2]) }) : resp('ok')
    }
    case 'UIDL':
      return resp('uidlHeader')
    case 'CAPA':
      return resp('capaHeader')
    case 'RETR': {
      const m = /(\d+) octets/i.exec(rest)
      return m ? resp('retrHeader', { octets: m[1] }) : resp('multilineStart')
    }
    case 'TOP':
      return resp('topHeader')
    case 'DELE':
      return resp('deleMarked')
    case 'RSET':
      return resp('rsetDone')
    case 'NOOP':
      return resp('noopDone')
  }
  if (/marked/i.test(rest)) return resp('deleMarked')
  if (previous === undefined) {
    if (counts) return resp('statCounts', { count: counts[1], octets: counts[2] })
    const octets = /(\d+) octets/i.exec(rest)
    if (octets) return resp('retrHeader', { octets: octets[1] })
    if (/messages/i.test(rest)) return resp('listHeader')
    return resp('greeting')
  }
  return resp('ok')
}

function errLine(rest: string, cmd: Pop3CommandKey | undefined): LineDescription {
  const code = /^\[([^\]]{0,40})\]/.exec(rest)?.[1]?.toUpperCase()
  if (code === 'AUTH') return resp('errAuth')
  if (code === 'IN-USE') return resp('errInUse')
  if (code === 'LOGIN-DELAY') return resp('errLoginDelay')
  if (code?.startsWith('SYS')) return resp('errSys')
  if (/too many/i.test(rest)) return resp('errTooManyBad')
  if (/too long|buffer full/i.test(rest)) return resp('errLineTooLong')
  if (/unknown command/i.test(rest)) return resp('errUnknownCommand')
  if (/no such message|no message/i.test(rest)) return resp('errNoSuchMessage')
  if (/deleted/i.test(rest)) return resp('errDeleted')
  if (/invalid message number|invalid number/i.test(rest)) return resp('errInvalidNumber')
  if (/no user ?name/i.test(rest)) return resp('errNoUser')
  if (/auth|password|login/i.test(rest) || cmd === 'PASS' || cmd === 'AUTH') return resp('errAuthFailed')
  return resp('errGeneric')
}

export function describePop3Server(input: string, ctx: LineContext): LineDescription {
  const line = stripEol(input)
  const previous = ctx.previousClientLine
  const cmd = previous !== undefined ? pop3CommandKey(previous) : undefined
  if (ctx.inMultiline) return multilineLine(line, cmd)
  if (line === '.') return resp('terminator')
  const status = /^([+-]\S*)(?:\s+(.*))?$/s.exec(line.slice(0, 2048))
  const word = status?.[1].toUpperCase()
  const rest = status?.[2] ?? ''
  if (word === '+OK') return okLine(rest, cmd, previous)
  if (word === '-ERR') return errLine(rest, cmd)
  if (word === '+') return resp('saslContinue')
  if (cmd === 'LIST' || cmd === 'UIDL' || cmd === 'CAPA' || cmd === 'RETR' || cmd === 'TOP') return multilineLine(line, cmd)
  if (/^\d+ \d+$/.test(line)) return resp('scanListing', { n: line.split(' ')[0], octets: line.split(' ')[1] })
  return resp('unknownServerLine')
}
