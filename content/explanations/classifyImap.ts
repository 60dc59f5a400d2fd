// Classifies one IMAP line (RFC 3501): a tagged client command, a continuation or literal, or a
// server response (tagged status, untagged data, "+" continuation). Pure and total.
import { imapCommands, imapFetchItems, imapFlags, imapStoreActions, type ImapCommandKey } from './imap'
import { imapResponseCodes, imapResponses, type ImapResponseCodeKey, type ImapResponseKey } from './imapResponses'
import { clip, describe, headerField, LONG_LINE, sentence, stripEol, words, type Vars } from './describe'
import { fill, type LineContext, type LineDescription } from './types'

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k)
const BASE64 = /^[A-Za-z0-9+/]+=*$/
const INVALID_TAG = /[\x00-\x20*+(){%"\\\x7f]/

function resp(key: ImapResponseKey, vars: Vars = {}, extra: string[] = []): LineDescription {
  return describe(`imap.server.${key}`, imapResponses[key], vars, extra)
}

/** The command key of a client line ("a1 uid fetch 1 flags" -> "UID FETCH"), if it names one. */
export function imapCommandKey(line: string): ImapCommandKey | undefined {
  const [, verb, sub] = words(line, 3)
  if (!verb) return undefined
  const upper = verb.toUpperCase()
  const key = upper === 'UID' && sub ? `UID ${sub.toUpperCase()}` : upper
  return has(imapCommands, key) ? (key as ImapCommandKey) : undefined
}

/** "1:*" -> "messages 1 to the last"; "2" -> "message 2"; "2,4" -> "messages 2, 4". */
export function describeSet(set: string): string {
  if (!/^[\d*:,]+$/.test(set)) return `messages "${clip(set, 20)}"`
  const pieces = set.split(',')
  const parts = pieces.slice(0, 6).map((p) => {
    const [a, b] = p.split(':').map((x) => (x === '*' ? 'the last' : x))
    return b === undefined ? a : `${a} to ${b}`
  })
  const single = pieces.length === 1 && !set.includes(':')
  return `${single ? 'message' : 'messages'} ${clip(parts.join(', '), 60)}`
}

/** "(\Seen \Recent)" -> "\Seen (read), \Recent (new in this session)". */
export function describeFlags(list: string): string {
  const flags = list.replace(/[()]/g, ' ').trim().split(/\s+/).filter(Boolean).slice(0, 8)
  if (flags.length === 0) return 'no flags (unread)'
  const named = flags.map((f) => imapFlags[f.toUpperCase()] ?? clip(f, 20))
  if (!flags.some((f) => f.toUpperCase() === '\\SEEN')) named.push('not read yet')
  return named.join(', ')
}

function fetchItemNotes(items: string): { notes: string[]; marksSeen: boolean; peekOnly: boolean } {
  const notes: string[] = []
  let marksSeen = false
  let body = false
  const re = /(BODY(?:\.PEEK)?\[[^\]]{0,200}\](?:<[\d.]+>)?|[A-Za-z0-9.\-]+)/g
  for (const m of items.slice(0, 2000).matchAll(re)) {
    if (notes.length >= 10) break
    const raw = m[1]
    const up = raw.toUpperCase()
    const section = /^BODY(\.PEEK)?\[([^\]]*)\]/.exec(up)
    let key: string
    const vars: Vars = {}
    if (section) {
      const peek = section[1] ? '.PEEK' : ''
      const sec = section[2].trim()
      const fields = /^HEADER\.FIELDS(?:\.NOT)?\s*\(([^)]*)\)/.exec(sec)
      if (sec === '') key = `BODY${peek}[]`
      else if (fields) key = `BODY${peek}[HEADER.FIELDS]`
      else if (!peek && (sec === 'HEADER' || sec === 'TEXT')) key = `BODY[${sec}]`
      else key = `BODY${peek}[section]`
      vars.fields = clip(fields?.[1] ?? '', 40)
      vars.section = clip(sec, 20)
      body = true
      if (!peek) marksSeen = true
    } else if (has(imapFetchItems, up)) {
      key = up
      if (up === 'RFC822' || up === 'RFC822.TEXT') {
        marksSeen = true
        body = true
      }
    } else {
      notes.push(`"${clip(raw, 20)}" is not a FETCH item, so the server answers BAD`)
      continue
    }
    const item = imapFetchItems[key as keyof typeof imapFetchItems]
    notes.push(`${clip(raw, 50)}: ${fill(item.summary, vars)}`)
  }
  return { notes, marksSeen, peekOnly: body && !marksSeen }
}

function fetchCommand(key: ImapCommandKey, rest: string): LineDescription {
  const set = words(rest, 1)[0] ?? ''
  const items = rest.slice(set.length)
  const { notes, marksSeen, peekOnly } = fetchItemNotes(items)
  const cmd = imapCommands[key]
  const extra = [notes.length ? `It asks for: ${notes.join('; ')}.` : '']
  if (marksSeen) extra.push('This marks the message \\Seen (read) on the server, so every device will show it as read.')
  else if (peekOnly) extra.push('With .PEEK the message stays unread.')
  return { kind: `imap.client.${key}`, text: [fill(cmd.summary, { set: set ? describeSet(set) : 'the messages you name' }), ...extra].filter(Boolean).join(' '), rfc: cmd.rfc }
}

function storeCommand(key: ImapCommandKey, rest: string): LineDescription {
  const m = /^(\S+)\s+([+-]?)FLAGS(\.SILENT)?\s*(.*)$/i.exec(rest.slice(0, 2000))
  const cmd = imapCommands[key]
  if (!m) return describe(`imap.client.${key}`, cmd, { set: 'the messages you name' })
  const action = imapStoreActions[`${m[2]}FLAGS` as '+FLAGS' | '-FLAGS' | 'FLAGS']
  const vars = { set: describeSet(m[1]), flags: clip(m[4].replace(/[()]/g, '').trim() || 'no flags', 60) }
  const extra = [`Here it ${fill(action.summary, vars)}.`]
  if (m[3]) extra.push(`${sentence(imapStoreActions.SILENT.summary)}`)
  if (m[2] === '+' && /\\deleted/i.test(m[4])) extra.push('The message is only marked: it is removed at EXPUNGE (or CLOSE), like DELE and QUIT in POP3.')
  if (m[2] === '+' && /\\seen/i.test(m[4])) extra.push('Every other device will show it as read.')
  return describe(`imap.client.${key}`, cmd, vars, extra)
}

export function describeImapClient(input: string, ctx: LineContext): LineDescription {
  const line = stripEol(input)
  const trimmed = line.trim()
  const previous = ctx.previousClientLine !== undefined ? stripEol(ctx.previousClientLine) : undefined
  const literalNote = (() => {
    const m = /\{(\d{1,20})(\+?)\}$/.exec(line.slice(-30))
    if (!m) return ''
    return m[2]
      ? `It ends with {${m[1]}+}: ${m[1]} octets of literal data follow straight away, without waiting for "+" (LITERAL+, RFC 7888).`
      : `It ends with {${m[1]}}: ${m[1]} octets of literal data follow on the next line, once the server answers "+".`
  })()
  if (ctx.inMultiline || (previous !== undefined && /\{\d{1,20}\+?\}$/.test(previous.slice(-30)))) {
    return { ...resp('clientLiteral', {}, [literalNote]), kind: 'imap.client.literal' }
  }
  if (previous !== undefined && /^\S+\s+AUTHENTICATE\s+\S+\s*$/i.test(previous.slice(0, 200))) {
    if (trimmed === '*') return { ...resp('saslCancel'), kind: 'imap.client.sasl-cancel' }
    if (BASE64.test(trimmed)) return { ...resp('saslResponse'), kind: 'imap.client.sasl-response' }
  }
  if (/^DONE$/i.test(trimmed)) return describe('imap.client.DONE', imapCommands.DONE)
  if (trimmed === '') return { ...resp('emptyClientLine'), kind: 'imap.client.empty' }
  const [tag, verb] = words(trimmed, 2)
  const long = line.length > LONG_LINE ? [`This line is ${line.length} characters long; servers refuse lines over their limit.`] : []
  if (INVALID_TAG.test(tag)) return { ...resp('invalidTag', { tag: clip(tag, 20) }, long), kind: 'imap.client.invalid-tag' }
  if (!verb) return { ...resp('missingCommand', { tag: clip(tag, 20) }, long), kind: 'imap.client.missing-command' }
  const key = imapCommandKey(trimmed)
  if (!key) return { ...resp('unknownCommand', { verb: clip(verb, 20) }, long), kind: 'imap.client.unknown' }
  const afterVerb = trimmed.slice(0, 4096).replace(/^\S+\s+(?:UID\s+)?\S+\s*/i, '')
  if (key === 'FETCH' || key === 'UID FETCH') return withNotes(fetchCommand(key, afterVerb), [literalNote, ...long])
  if (key === 'STORE' || key === 'UID STORE') return withNotes(storeCommand(key, afterVerb), [literalNote, ...long])
  const set = words(afterVerb, 1)[0]
  return describe(`imap.client.${key}`, imapCommands[key], { set: set ? describeSet(set) : 'the messages you name' }, [literalNote, ...long])
}

function withNotes(d: LineDescription, notes: string[]): LineDescription {
  const extra = notes.filter(Boolean)
  return extra.length ? { ...d, text: `${d.text} ${extra.join(' ')}` } : d
}

// ---------------------------------------------------------------------------------------------
// Server lines

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

function fetchResponse(n: string, rest: string, previous: string | undefined): LineDescription {
  const body = rest.slice(0, 4000)
  const parts: string[] = []
  const flags = /FLAGS \(([^)]*)\)/i.exec(body)
  const uid = /\bUID (\d+)/i.exec(body)
  const size = /RFC822\.SIZE (\d+)/i.exec(body)
  const date = /INTERNALDATE "([^"]{0,40})"/i.exec(body)
  const subject = /ENVELOPE \((?:"(?:[^"\\]|\\.)*"|NIL) "((?:[^"\\]|\\.){0,80})"/i.exec(body)
  const literal = /(BODY\[[^\]]{0,200}\]|RFC822(?:\.HEADER|\.TEXT)?)(?:<\d+>)? \{(\d+)\}$/i.exec(body)
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
  if (literal) parts.push(`then ${literal[1].toUpperCase()} follows as a literal of ${literal[2]} octets on the next lines`)
  const extra: string[] = []
  if (literal && /^BODY\[/i.test(literal[1]) && flags && /\\seen/i.test(flags[1])) extra.push('The server set \\Seen because the body was fetched without .PEEK.')
  return resp('fetch', { n, items: parts.length ? parts.join('; ') : 'message data' }, extra)
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
    if (previous !== undefined && /\{\d{1,20}\}$/.test(previous.slice(-30))) return resp('continuationLiteral')
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
      if (k === 'FETCH') return fetchResponse(second, more.join(' '), previous)
      return resp('untaggedOther')
    }
    if (['OK', 'NO', 'BAD', 'BYE', 'PREAUTH'].includes(upper)) return untaggedStatus(upper, rest, previous)
    return untaggedData(upper, rest) ?? resp('untaggedOther')
  }
  if (upper === 'OK' || upper === 'NO' || upper === 'BAD') return tagged(tag, upper, rest, previous)
  return resp('unknownServerLine')
}
