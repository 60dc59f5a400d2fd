// SEARCH keys (RFC 3501 §6.4.4): parsed into a tree, then evaluated per message. Strings match
// as case-insensitive substrings of the decoded text a user sees (searchText.ts: RFC 2047 headers,
// transfer-decoded bodies in their charset); dates compare the internal date (or Date:) by day, in UTC.

import type { StoredMessage } from '@/lib/protocols/mailstore'
import { monthIndex } from './formatter'
import { headerValue, messageStructure } from './mime'
import { foldForSearch, searchableBody, searchableHeader, searchableHeaderValue } from './searchText'
import { parseSequenceSet, setContains, type SeqRange } from './sequence'
import type { ImapArg, Parsed } from './arguments'

export type SearchKey =
  | { readonly op: 'all' }
  | { readonly op: 'flag'; readonly flag: string; readonly set: boolean }
  | { readonly op: 'recent' | 'new' | 'old' }
  /** `value` is already folded for comparison (searchText.ts foldForSearch). */
  | { readonly op: 'header'; readonly field: string; readonly value: string }
  | { readonly op: 'body' | 'text'; readonly value: string }
  | { readonly op: 'date'; readonly sent: boolean; readonly cmp: 'before' | 'on' | 'since'; readonly day: number }
  | { readonly op: 'size'; readonly cmp: 'larger' | 'smaller'; readonly size: number }
  | { readonly op: 'seq' | 'uid'; readonly set: readonly SeqRange[] }
  | { readonly op: 'not'; readonly key: SearchKey }
  | { readonly op: 'or'; readonly left: SearchKey; readonly right: SearchKey }
  | { readonly op: 'and'; readonly keys: readonly SearchKey[] }

const FLAG_KEYS: Record<string, [string, boolean]> = {
  ANSWERED: ['\\Answered', true],
  DELETED: ['\\Deleted', true],
  DRAFT: ['\\Draft', true],
  FLAGGED: ['\\Flagged', true],
  SEEN: ['\\Seen', true],
  UNANSWERED: ['\\Answered', false],
  UNDELETED: ['\\Deleted', false],
  UNDRAFT: ['\\Draft', false],
  UNFLAGGED: ['\\Flagged', false],
  UNSEEN: ['\\Seen', false],
}

const HEADER_KEYS = new Set(['BCC', 'CC', 'FROM', 'SUBJECT', 'TO'])
const DATE_KEYS: Record<string, [boolean, 'before' | 'on' | 'since']> = {
  BEFORE: [false, 'before'],
  ON: [false, 'on'],
  SINCE: [false, 'since'],
  SENTBEFORE: [true, 'before'],
  SENTON: [true, 'on'],
  SENTSINCE: [true, 'since'],
}

class SearchSyntaxError extends Error {}

/** Parses the search keys (everything after CHARSET); all of them must match (implicit AND). */
export function parseSearchKeys(args: readonly ImapArg[]): Parsed<SearchKey> {
  if (args.length === 0) return { ok: false, message: 'Missing search parameters' }
  const queue = [...args]
  try {
    const keys: SearchKey[] = []
    while (queue.length > 0) keys.push(parseKey(queue))
    return { ok: true, value: keys.length === 1 ? keys[0] : { op: 'and', keys } }
  } catch (error) {
    if (error instanceof SearchSyntaxError) return { ok: false, message: error.message }
    throw error
  }
}

function take(queue: ImapArg[], what: string): string {
  const arg = queue.shift()
  if (!arg || arg.kind === 'list') throw new SearchSyntaxError(`Missing parameter for ${what}`)
  return arg.value
}

function parseKey(queue: ImapArg[]): SearchKey {
  const arg = queue.shift()
  if (!arg) throw new SearchSyntaxError('Missing search key')
  if (arg.kind === 'list') {
    if (arg.items.length === 0) throw new SearchSyntaxError('Empty list')
    const inner = [...arg.items]
    const keys: SearchKey[] = []
    while (inner.length > 0) keys.push(parseKey(inner))
    return keys.length === 1 ? keys[0] : { op: 'and', keys }
  }
  if (arg.kind === 'string') throw new SearchSyntaxError(`Unknown argument ${arg.value}`)
  const name = arg.value.toUpperCase()
  if (FLAG_KEYS[name]) {
    const [flag, set] = FLAG_KEYS[name]
    return { op: 'flag', flag, set }
  }
  if (HEADER_KEYS.has(name)) return { op: 'header', field: name, value: foldForSearch(take(queue, name)) }
  if (DATE_KEYS[name]) {
    const [sent, cmp] = DATE_KEYS[name]
    return { op: 'date', sent, cmp, day: parseSearchDate(take(queue, name)) }
  }
  switch (name) {
    case 'ALL':
      return { op: 'all' }
    case 'NEW':
    case 'OLD':
    case 'RECENT':
      return { op: name.toLowerCase() as 'new' | 'old' | 'recent' }
    case 'KEYWORD':
    case 'UNKEYWORD':
      return { op: 'flag', flag: take(queue, name), set: name === 'KEYWORD' }
    case 'BODY':
    case 'TEXT':
      return { op: name === 'BODY' ? 'body' : 'text', value: foldForSearch(take(queue, name)) }
    case 'HEADER': {
      const field = take(queue, name)
      return { op: 'header', field, value: foldForSearch(take(queue, name)) }
    }
    case 'LARGER':
    case 'SMALLER': {
      const value = take(queue, name)
      if (!/^\d{1,15}$/.test(value)) throw new SearchSyntaxError(`Invalid size: ${value}`)
      return { op: 'size', cmp: name === 'LARGER' ? 'larger' : 'smaller', size: Number(value) }
    }
    case 'UID': {
      const set = parseSequenceSet(take(queue, name))
      if (!set) throw new SearchSyntaxError('Invalid messageset')
      return { op: 'uid', set }
    }
    case 'NOT':
      return { op: 'not', key: parseKey(queue) }
    case 'OR': {
      const left = parseKey(queue)
      return { op: 'or', left, right: parseKey(queue) }
    }
  }
  const set = parseSequenceSet(arg.value)
  if (set) return { op: 'seq', set }
  throw new SearchSyntaxError(`Unknown argument ${arg.value}`)
}

/** date (RFC 3501 §9): `1-Feb-1994`, as a UTC day number. */
function parseSearchDate(text: string): number {
  const match = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(text)
  const month = match ? monthIndex(match[2]) : -1
  if (!match || month < 0) throw new SearchSyntaxError('Invalid search date parameter')
  return Math.floor(Date.UTC(Number(match[3]), month, Number(match[1])) / 86_400_000)
}

/** What evaluation needs to know about one message in the session's view. */
export interface SearchSubject {
  readonly message: StoredMessage
  readonly seq: number
  readonly recent: boolean
  /** The highest message number and UID, which `*` stands for. */
  readonly maxSeq: number
  readonly maxUid: number
}

export function matches(key: SearchKey, subject: SearchSubject): boolean {
  const { message } = subject
  switch (key.op) {
    case 'all':
      return true
    case 'flag': {
      const has = [...message.flags].some((flag) => flag.toLowerCase() === key.flag.toLowerCase())
      return has === key.set
    }
    case 'recent':
      return subject.recent
    case 'new':
      return subject.recent && !message.flags.has('\\Seen')
    case 'old':
      return !subject.recent
    case 'header': {
      const fields = messageStructure(message).fields.filter((field) => field.name.toLowerCase() === key.field.toLowerCase())
      return fields.some((field) => searchableHeaderValue(field).includes(key.value))
    }
    case 'body':
      return searchableBody(message).includes(key.value)
    case 'text':
      return searchableHeader(message).includes(key.value) || searchableBody(message).includes(key.value)
    case 'date': {
      const day = key.sent ? sentDay(message) : Math.floor(message.internalDate.getTime() / 86_400_000)
      if (day === undefined) return false
      return key.cmp === 'before' ? day < key.day : key.cmp === 'on' ? day === key.day : day >= key.day
    }
    case 'size':
      return key.cmp === 'larger' ? message.size > key.size : message.size < key.size
    case 'seq':
      return setContains(key.set, subject.seq, subject.maxSeq)
    case 'uid':
      return setContains(key.set, message.uid, subject.maxUid)
    case 'not':
      return !matches(key.key, subject)
    case 'or':
      return matches(key.left, subject) || matches(key.right, subject)
    case 'and':
      return key.keys.every((inner) => matches(inner, subject))
  }
}

function sentDay(message: StoredMessage): number | undefined {
  const value = headerValue(messageStructure(message).fields, 'Date')
  const time = value === undefined ? NaN : Date.parse(value)
  if (Number.isNaN(time)) return undefined
  return Math.floor(time / 86_400_000)
}
