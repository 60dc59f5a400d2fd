// Classifies one IMAP server line (RFC 3501 §7): a tagged status, untagged data, a response
// code, a "+" continuation, or a line inside a literal. Pure and total.
import { imapResponseCodes, imapResponses, type ImapResponseCodeKey, type ImapResponseKey } from './imapResponses'
import { describeFlags, imapCommandKey } from './classifyImap'
import { clip, describe, headerField, sentence, stripEol, words, type Vars } from './describe'
import { fill, type LineContext, type LineDescription } from './types'

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k)

function resp(key: ImapResponseKey, vars: Vars = {}, extra: string[] = []): LineDescription {
  return describe(`imap.server.${key}`, imapResponses[key], vars, extra)
}

function withNotes(d: LineDescription, notes: string[]): LineDescription {
  const extra = notes.filter(Boolean)
  return extra.length ? { ...d, text: `${d.text} ${extra.join(' ')}` } : d
}

function codeNote(rest: string): { code?: ImapResponseCodeKey; name?: string; note?: string; rfc?: string; text: string } {
  const m = /^\[([^\]]{0,600})\]\s*(.*)$/s.exec(rest)
  if (!m) return { text: rest }
  const [name, ...args] = m[1].trim().split(/\s+/)
  const upper = (name ?? '').toUpperCase()
  if (!has(imapResponseCodes, upper)) return { name: upper, text: m[2], note: `[${clip(upper, 20)}] is a response code this lab does not explain yet.` }
  const code = upper as ImapResponseCodeKey
  const value = clip(args.join(' ').replace(/^\((.*)\)$/, '$1'), 60)
  const e = imapResponseCodes[code]
  const note = sentence(`[${code}]: ${fill(e.summary, { value, first: args[0] ?? '', second: args[1] ?? '', third: args[2] ?? '' })}`)
  return { code, name: upper, note, rfc: e.rfc, text: m[2] }
}

function verbFor(tag: string, text: string, previous: string | undefined): string | undefined {
  if (previous !== undefined && words(previous, 1)[0] === tag) {
    const key = imapCommandKey(previous)
    if (key) return key
  }
  const m = /^([A-Za-z]+) completed/i.exec(text)
  return m ? m[1].toUpperCase() : undefined
}

function badReason(text: string): ImapResponseKey | undefined {
  if (/no mailbox selected/i.test(text)) return 'badNoMailbox'
  if (/invalid message ?set|invalid uid/i.test(text)) return 'badMessageSet'
  if (/unknown command/i.test(text)) return 'badUnknownCommand'
  if (/received by server/i.test(text)) return 'badWrongState'
  if (/invalid literal/i.test(text)) return 'badLiteral'
  if (/too long/i.test(text)) return 'badTooLong'
  if (/missing|unknown parameter|invalid arguments|invalid command name|invalid tag/i.test(text)) return 'badSyntax'
  return undefined
}

function tagged(tag: string, status: string, rest: string, previous: string | undefined): LineDescription {
  const c = codeNote(rest)
  const verb = verbFor(tag, c.text, previous)
  const vars = { tag: clip(tag, 20), verb: verb ?? 'earlier' }
  const withCode = (d: LineDescription): LineDescription =>
    c.note && c.code !== 'CAPABILITY' ? { ...withNotes(d, [c.note]), rfc: c.rfc ?? d.rfc, kind: `${d.kind}.${c.code ?? 'code'}` } : d
  if (status === 'OK') {
    if (c.code === 'CAPABILITY' || /logged in/i.test(c.text)) return resp('loggedIn', vars)
    if (verb === 'LOGOUT') return resp('logoutOk', vars)
    if (verb === 'IDLE') return resp('idleOk', vars)
    return withCode(resp('taggedOk', vars))
  }
  if (status === 'NO') {
    if (c.code) return withCode(resp('taggedNo', vars))
    if (/inbox can.?t be deleted/i.test(c.text)) return resp('noDeleteInbox', vars)
    if (/doesn.?t exist|does not exist|no such mailbox/i.test(c.text)) return resp('noMailbox', vars)
    return resp('taggedNo', vars)
  }
  const reason = badReason(c.text)
  return reason ? resp(reason, vars) : resp('taggedBad', vars)
}

function untaggedStatus(status: string, rest: string, previous: string | undefined): LineDescription {
  const c = codeNote(rest)
  if (status === 'BYE') {
    if (/logging out/i.test(c.text)) return resp('byeLogout')
    if (/too many/i.test(c.text)) return resp('byeTooManyErrors')
    if (/too large|too long|buffer full/i.test(c.text)) return resp('byeTooLong')
    if (/deleted/i.test(c.text)) return resp('byeMailboxDeleted')
    return resp('bye')
  }
  if (status === 'PREAUTH') return resp('preauth')
  if (status === 'OK' && (previous === undefined || /\bready\b/i.test(c.text)) && (c.code === 'CAPABILITY' || !c.code)) {
    return resp('greeting', {}, c.code ? ['It also lists its capabilities before login.'] : [])
  }
  if (c.code && c.note) return { kind: `imap.server.code.${c.code}`, text: c.note, rfc: c.rfc ?? 'RFC 3501 §7.1' }
  if (status === 'BAD') {
    const reason = badReason(c.text)
    return resp('untaggedBad', {}, reason ? [fill(imapResponses[reason].summary, { tag: '*' })] : [])
  }
  return resp(status === 'NO' ? 'untaggedNo' : 'untaggedOk', {}, [c.note ?? ''])
}

/** The data item whose literal ends the line, e.g. BODY[HEADER] in `… BODY[HEADER] {171}`. */
function literalItem(rest: string): string | undefined {
  const announcement = rest.lastIndexOf('{')
  const before = rest.slice(Math.max(0, announcement - 260), announcement)
  return /(BODY\[[^\]]{0,200}\]|RFC822(?:\.HEADER|\.TEXT)?)(?:<\d+>)? $/i.exec(before)?.[1]
}

/** `literalSize`: the octets of the literal the line announces (lineContext), if it announces one. */
function fetchResponse(n: string, rest: string, previous: string | undefined, literalSize: number | undefined): LineDescription {
  const body = rest.slice(0, 4000)
  const parts: string[] = []
  const flags = /FLAGS \(([^)]*)\)/i.exec(body)
  const uid = /\bUID (\d+)/i.exec(body)
  const size = /RFC822\.SIZE (\d+)/i.exec(body)
  const date = /INTERNALDATE "([^"]{0,40})"/i.exec(body)
  const subject = /ENVELOPE \((?:"(?:[^"\\]|\\.)*"|NIL) "((?:[^"\\]|\\.){0,80})"/i.exec(body)
  const literal = literalSize === undefined ? undefined : literalItem(rest)
  const onlyFlags = flags && !size && !date && !subject && !literal && !/BODY|ENVELOPE|RFC822/i.test(body)
  const prevKey = previous !== undefined ? imapCommandKey(previous) : undefined
  if (onlyFlags && prevKey !== 'FETCH' && prevKey !== 'UID FETCH' && prevKey !== 'STORE' && prevKey !== 'UID STORE') {
    return resp('fetchFlagsUpdate', { n, flags: describeFlags(flags[1]) })
  }
  if (flags) parts.push(`flags: ${describeFlags(flags[1])}`)
  if (uid) parts.push(`UID ${uid[1]}`)
  if (size) parts.push(`${size[1]} octets`)
  if (date) parts.push(`received ${date[1]}`)
  if (subject) parts.push(`subject "${subject[1]}"`)
  if (literal) parts.push(`then ${literal.toUpperCase()} follows as a literal of ${literalSize} octets on the next lines`)
  const extra = flags && /\\seen/i.test(flags[1]) ? seenNote(previous, prevKey) : []
  return resp('fetch', { n, items: parts.length ? parts.join('; ') : 'message data' }, extra)
}

/**
 * Why a fetched message carries \Seen, explained from the command that was sent (RFC 3501
 * §6.4.5): only BODY[…] or RFC822/RFC822.TEXT without .PEEK sets it. A .PEEK fetch never does,
 * so its \Seen was there before.
 */
function seenNote(previous: string | undefined, prevKey: string | undefined): string[] {
  if (previous === undefined || (prevKey !== 'FETCH' && prevKey !== 'UID FETCH')) return []
  const items = previous.slice(0, 4096).toUpperCase()
  const setsSeen = /(^|[\s(])BODY\[/.test(items) || /(^|[\s(])RFC822(\.TEXT)?(?=[\s)]|$)/.test(items)
  if (setsSeen) return ['A body fetch without .PEEK sets \\Seen, so the message is now read on the server.']
  if (/BODY\.PEEK\[/.test(items)) return ['.PEEK leaves the flags alone: this message was already \\Seen.']
  return []
}

function untaggedData(kind: string, rest: string): LineDescription | undefined {
  const body = rest.slice(0, 4000)
  switch (kind) {
    case 'CAPABILITY': {
      const caps = body.trim().split(/\s+/).filter(Boolean)
      return resp('capability', { count: caps.length, sample: caps.slice(0, 3).join(', ') || 'none' })
    }
    case 'LIST':
    case 'LSUB': {
      const m = /^\(([^)]*)\)\s+("(?:[^"\\]|\\.)*"|NIL)\s+(.*)$/i.exec(body)
      const name = clip((m?.[3] ?? body).replace(/^"(.*)"$/, '$1'), 40)
      return resp(kind === 'LIST' ? 'list' : 'lsub', { name, delimiter: (m?.[2] ?? '"/"').replace(/"/g, '') })
    }
    case 'STATUS': {
      const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(body)
      const items = (m?.[2] ?? '').trim().split(/\s+/)
      const pairs: string[] = []
      for (let i = 0; i + 1 < items.length && pairs.length < 8; i += 2) pairs.push(`${items[i]} ${items[i + 1]}`)
      return resp('status', { name: clip((m?.[1] ?? body).replace(/^"(.*)"$/, '$1'), 40), items: pairs.join(', ') || 'none' })
    }
    case 'SEARCH': {
      const nums = body.trim()
      return nums ? resp('search', { numbers: clip(nums, 60) }) : resp('searchEmpty')
    }
    case 'FLAGS':
      return resp('flags', { flags: clip(body.replace(/[()]/g, '').trim() || 'none', 80) })
    case 'ENABLED':
      return resp('enabled', { items: clip(body.trim() || 'nothing', 60) })
    case 'NAMESPACE':
      return resp('namespace')
    case 'ID':
      return resp('id')
  }
  return undefined
}

export function describeImapServer(input: string, ctx: LineContext): LineDescription {
  const line = stripEol(input)
  const previous = ctx.previousClientLine !== undefined ? stripEol(ctx.previousClientLine) : undefined
  if (ctx.inMultiline) {
    if (line === '') return resp('literalBlank')
    const field = headerField(line)
    return field ? resp('literalHeader', { field }) : resp('literalContent')
  }
  if (line === ')') return resp('literalEnd')
  if (line === '+' || line.startsWith('+ ')) {
    if (ctx.previousLiteral && !ctx.previousLiteral.nonSynchronizing) return resp('continuationLiteral')
    const key = previous !== undefined ? imapCommandKey(previous) : undefined
    if (key === 'IDLE' || /idling/i.test(line)) return resp('continuationIdle')
    if (key === 'AUTHENTICATE') return resp('continuationSasl')
    return resp('continuation')
  }
  const head = line.slice(0, 4096)
  const m = /^(\S+)\s+(\S+)(?:\s+(.*))?$/s.exec(head)
  if (!m) return resp('unknownServerLine')
  const [, tag, second, rest = ''] = m
  const upper = second.toUpperCase()
  if (tag === '*') {
    if (/^\d+$/.test(second)) {
      const [kind, ...more] = rest.split(' ')
      const k = (kind ?? '').toUpperCase()
      if (k === 'EXISTS') return resp('exists', { n: second })
      if (k === 'RECENT') return resp('recent', { n: second })
      if (k === 'EXPUNGE') return resp('expunge', { n: second })
      if (k === 'FETCH') return fetchResponse(second, more.join(' '), previous, ctx.literal?.size)
      return resp('untaggedOther')
    }
    if (['OK', 'NO', 'BAD', 'BYE', 'PREAUTH'].includes(upper)) return untaggedStatus(upper, rest, previous)
    return untaggedData(upper, rest) ?? resp('untaggedOther')
  }
  if (upper === 'OK' || upper === 'NO' || upper === 'BAD') return tagged(tag, upper, rest, previous)
  return resp('unknownServerLine')
}
