// Classifies one IMAP client line (RFC 3501): a tagged command (with its FETCH items or STORE
// flags), literal data, a SASL response or DONE. Pure and total. Server lines: classifyImapServer.ts.
import { imapCommands, imapFetchItems, imapFlags, imapStoreActions, type ImapCommandKey } from './imap'
import { imapResponses, type ImapResponseKey } from './imapResponses'
import { clip, describe, LONG_LINE, sentence, stripEol, words, type Vars } from './describe'
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
  const literal = ctx.literal
  const literalNote = !literal
    ? ''
    : literal.nonSynchronizing
      ? `It ends with {${literal.size}+}: ${literal.size} octets of literal data follow straight away, without waiting for "+" (LITERAL+, RFC 7888).`
      : `It ends with {${literal.size}}: ${literal.size} octets of literal data follow on the next line, once the server answers "+".`
  if (ctx.inMultiline) {
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
