// The IMAP response formatter (RFC 3501 §4, §7): strings as atoms, quoted strings or literals,
// NIL, flag lists, dates, UID sets and the response lines themselves. Octet strings in, wire octets out.

import { isAtomChar } from './chars'
import { SYSTEM_FLAG_ORDER } from './constants'

export const CRLF = '\r\n'

/** A literal `{n}CRLF` + data (RFC 3501 §4.3). The value is an octet string, so n is its length in octets. */
export function literal(value: string): string {
  return `{${value.length}}${CRLF}${value}`
}

/** A quoted string when RFC 3501 §4.3 allows it (7-bit, no CR/LF/NUL), else a literal. */
export function imapString(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 0 || code === 0x0d || code === 0x0a || code > 0x7f) return literal(value)
  }
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`
}

/** nstring (RFC 3501 §9): NIL for an absent value. */
export function nstring(value: string | undefined | null): string {
  return value === undefined || value === null ? 'NIL' : imapString(value)
}

/** astring (RFC 3501 §9): an atom when every character may stand in one, else a string. */
export function astring(value: string): string {
  if (value.length === 0 || value.toUpperCase() === 'NIL') return imapString(value)
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (!isAtomChar(code) && code !== 0x5d) return imapString(value)
  }
  return value
}

/** A parenthesised list of already formatted items. */
export function list(items: readonly string[]): string {
  return `(${items.join(' ')})`
}

/** Flags in Dovecot's order: system flags, then keywords as stored, then \Recent. */
export function sortFlags(flags: Iterable<string>, recent = false): string[] {
  const system: string[] = []
  const keywords: string[] = []
  const present = new Set<string>()
  for (const flag of flags) present.add(flag)
  for (const flag of SYSTEM_FLAG_ORDER) if (present.has(flag)) system.push(flag)
  for (const flag of present) if (!(SYSTEM_FLAG_ORDER as readonly string[]).includes(flag)) keywords.push(flag)
  if (recent) keywords.push('\\Recent')
  return [...system, ...keywords]
}

/** A flag list `(\Seen \Recent)` (RFC 3501 §7.2.6). */
export function flagList(flags: Iterable<string>, recent = false): string {
  return list(sortFlags(flags, recent))
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function monthIndex(name: string): number {
  return MONTHS.findIndex((month) => month.toLowerCase() === name.toLowerCase())
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** INTERNALDATE (RFC 3501 §9 date-time), in UTC: `14-Nov-2023 22:13:21 +0000`. */
export function formatInternalDate(date: Date): string {
  const day = pad(date.getUTCDate())
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  return `${day}-${MONTHS[date.getUTCMonth()]}-${date.getUTCFullYear()} ${time} +0000`
}

/** A UID set in its shortest form, `1:3,5` (RFC 4315 §4 uid-set). */
export function formatUidSet(uids: readonly number[]): string {
  const ranges: string[] = []
  let i = 0
  while (i < uids.length) {
    let j = i
    while (j + 1 < uids.length && uids[j + 1] === uids[j] + 1) j++
    ranges.push(i === j ? String(uids[i]) : `${uids[i]}:${uids[j]}`)
    i = j + 1
  }
  return ranges.join(',')
}

/** A status response line without CRLF: `tag OK [CODE] text` or `* BYE text`. */
export function statusLine(tag: string, status: string, text: string, code?: string): string {
  return code ? `${tag} ${status} [${code}] ${text}` : `${tag} ${status} ${text}`
}

/** Untagged `* n FETCH (...)` (RFC 3501 §7.4.2). */
export function fetchLine(seq: number, items: readonly string[]): string {
  return `* ${seq} FETCH (${items.join(' ')})`
}
