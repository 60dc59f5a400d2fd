// FETCH data items (RFC 3501 §6.4.5): the macros, the simple items and BODY[section]<partial>
// parsed into a list the renderer walks. Errors carry Dovecot's wording.

import { parseArgs } from './parser'
import type { ImapArg, Parsed } from './arguments'

export type SectionText = '' | 'HEADER' | 'TEXT' | 'MIME' | 'HEADER.FIELDS' | 'HEADER.FIELDS.NOT'

export interface Section {
  /** Part numbers, e.g. [1, 2] for `1.2`; empty for the whole message. */
  readonly path: readonly number[]
  readonly text: SectionText
  /** Field names (upper-cased) for HEADER.FIELDS and HEADER.FIELDS.NOT. */
  readonly fields: readonly string[]
}

export type FetchItem =
  | { readonly kind: 'FLAGS' | 'UID' | 'RFC822.SIZE' | 'INTERNALDATE' | 'ENVELOPE' | 'BODY' | 'BODYSTRUCTURE' }
  | { readonly kind: 'RFC822' | 'RFC822.HEADER' | 'RFC822.TEXT' }
  | {
      readonly kind: 'section'
      readonly peek: boolean
      readonly section: Section
      readonly partial?: { readonly start: number; readonly length: number }
      /** The name the response uses, e.g. `BODY[HEADER.FIELDS (SUBJECT)]<0>`. */
      readonly label: string
    }

const MACROS: Record<string, readonly string[]> = {
  ALL: ['FLAGS', 'INTERNALDATE', 'RFC822.SIZE', 'ENVELOPE'],
  FAST: ['FLAGS', 'INTERNALDATE', 'RFC822.SIZE'],
  FULL: ['FLAGS', 'INTERNALDATE', 'RFC822.SIZE', 'ENVELOPE', 'BODY'],
}

const SIMPLE = new Set(['FLAGS', 'UID', 'RFC822.SIZE', 'INTERNALDATE', 'ENVELOPE', 'BODY', 'BODYSTRUCTURE', 'RFC822', 'RFC822.HEADER', 'RFC822.TEXT'])

/** Parses the item argument of FETCH: one atom (maybe a macro) or a parenthesised list of atoms. */
export function parseFetchItems(arg: ImapArg | undefined): Parsed<FetchItem[]> {
  if (!arg) return { ok: false, message: 'Invalid arguments' }
  if (arg.kind === 'atom') {
    const macro = MACROS[arg.value.toUpperCase()]
    if (macro) return { ok: true, value: macro.map((name) => ({ kind: name }) as FetchItem) }
    const item = parseItem(arg.value)
    return item.ok ? { ok: true, value: [item.value] } : item
  }
  if (arg.kind !== 'list' || arg.items.length === 0) return { ok: false, message: 'Invalid arguments' }
  const items: FetchItem[] = []
  for (const entry of arg.items) {
    if (entry.kind !== 'atom') return { ok: false, message: 'Invalid arguments' }
    const item = parseItem(entry.value)
    if (!item.ok) return item
    items.push(item.value)
  }
  return { ok: true, value: items }
}

function parseItem(text: string): Parsed<FetchItem> {
  const upper = text.toUpperCase()
  if (SIMPLE.has(upper)) return { ok: true, value: { kind: upper } as FetchItem }
  const match = /^(BODY(?:\.PEEK)?)\[([^\]]*)\](?:<(\d+)\.(\d+)>)?$/i.exec(text)
  if (!match) return { ok: false, message: `Unknown parameter: ${text}` }
  const section = parseSection(match[2])
  if (!section.ok) return section
  const peek = match[1].length > 4
  const partial = match[3] !== undefined ? { start: Number(match[3]), length: Number(match[4]) } : undefined
  if (partial && (!Number.isSafeInteger(partial.start) || !Number.isSafeInteger(partial.length))) {
    return { ok: false, message: 'Invalid partial' }
  }
  const label = `BODY[${formatSection(section.value)}]${partial ? `<${partial.start}>` : ''}`
  return { ok: true, value: { kind: 'section', peek, section: section.value, partial, label } }
}

/** section-spec (RFC 3501 §9): `1.2.HEADER.FIELDS (A B)`, `TEXT`, `1.MIME`, ``. */
export function parseSection(text: string): Parsed<Section> {
  const unknown: Parsed<Section> = { ok: false, message: 'Invalid BODY[..] parameter: Unknown section' }
  const space = text.indexOf(' ')
  const head = space < 0 ? text : text.slice(0, space)
  const pieces = head === '' ? [] : head.split('.')
  const path: number[] = []
  while (pieces.length > 0 && /^[1-9][0-9]{0,8}$/.test(pieces[0])) path.push(Number(pieces.shift()))
  const name = pieces.join('.').toUpperCase()
  if (!['', 'HEADER', 'TEXT', 'MIME', 'HEADER.FIELDS', 'HEADER.FIELDS.NOT'].includes(name)) return unknown
  if (name === 'MIME' && path.length === 0) return unknown
  const hasFields = name === 'HEADER.FIELDS' || name === 'HEADER.FIELDS.NOT'
  if (hasFields !== space >= 0) return { ok: false, message: 'Invalid BODY[..] parameter: Missing header field list' }
  const fields: string[] = []
  if (hasFields) {
    const parsed = parseArgs([text.slice(space + 1)], { maxLiteral: 0 })
    const list = parsed.kind === 'ok' && parsed.args.length === 1 ? parsed.args[0] : undefined
    if (!list || list.kind !== 'list' || list.items.length === 0 || list.items.some((item) => item.kind === 'list')) {
      return { ok: false, message: 'Invalid BODY[..] parameter: Header list contains non-strings' }
    }
    for (const item of list.items) if (item.kind !== 'list') fields.push(item.value.toUpperCase())
  }
  return { ok: true, value: { path, text: name as SectionText, fields } }
}

/** The section as the response names it; Dovecot upper-cases the field names. */
function formatSection(section: Section): string {
  const parts = [...section.path.map(String)]
  if (section.text) parts.push(section.text)
  let text = parts.join('.')
  if (section.fields.length > 0) text += ` (${section.fields.join(' ')})`
  return text
}

/** Items that set \Seen when fetched from a read-write mailbox (RFC 3501 §6.4.5). */
export function setsSeen(item: FetchItem): boolean {
  return item.kind === 'RFC822' || item.kind === 'RFC822.TEXT' || (item.kind === 'section' && !item.peek)
}
