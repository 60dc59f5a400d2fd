// LIST (RFC 3501 §6.3.8): mailboxes matching reference + pattern (`*` any, `%` one level),
// with \HasChildren / \HasNoChildren (RFC 3348) and \Noselect for levels that only hold others.

import { HIERARCHY_DELIMITER, type MailStore } from '@/lib/protocols/mailstore'
import { astring, imapString } from '../formatter'
import { mailboxArg, type ImapArg, type Parsed } from '../arguments'
import { ALL_STATES_AFTER_LOGIN, defineCommand, type HandlerResult } from '../command'

export interface ListParams {
  readonly reference: string
  readonly pattern: string
}

export function parseListArgs(args: readonly ImapArg[]): Parsed<ListParams> {
  const reference = mailboxArg(args[0])
  const pattern = mailboxArg(args[1])
  if (reference === undefined || pattern === undefined) return { ok: false, message: 'Invalid arguments.' }
  return { ok: true, value: { reference, pattern } }
}

/** A LIST or LSUB pattern (RFC 3501 §6.3.8) as a regular expression over whole names. */
export function patternRegExp(pattern: string, ignoreCase: boolean): RegExp {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '%' ? `[^${HIERARCHY_DELIMITER}]*` : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's')
}

/** Every listable name with its attributes, sorted as Dovecot's mailbox tree sorts them. */
export function listEntries(store: MailStore, user: string, reference: string, pattern: string): Array<[string, string[]]> {
  const full = reference + pattern
  const existing = new Set(store.mailboxNames(user))
  const names = new Set(existing)
  for (const name of existing) {
    const levels = name.split(HIERARCHY_DELIMITER)
    for (let i = 1; i < levels.length; i++) names.add(levels.slice(0, i).join(HIERARCHY_DELIMITER))
  }
  const matcher = patternRegExp(full, false)
  const inboxMatcher = patternRegExp(full, true)
  const entries: Array<[string, string[]]> = []
  for (const name of [...names].sort()) {
    if (!(name === 'INBOX' ? inboxMatcher.test(name) : matcher.test(name))) continue
    const hasChildren = [...names].some((other) => other.startsWith(name + HIERARCHY_DELIMITER))
    const attributes = existing.has(name) ? [] : ['\\Noselect']
    attributes.push(hasChildren ? '\\HasChildren' : '\\HasNoChildren')
    entries.push([name, attributes])
  }
  return entries
}

export const list = defineCommand({
  name: 'LIST',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: parseListArgs,
  handle: (ctx, { reference, pattern }): HandlerResult => {
    const delimiter = imapString(HIERARCHY_DELIMITER)
    if (pattern === '') {
      // RFC 3501 §6.3.8: an empty pattern asks for the delimiter and the root.
      return { status: 'OK', text: 'List completed.', untagged: [`* LIST (\\Noselect) ${delimiter} ""`] }
    }
    const untagged = listEntries(ctx.store, ctx.user ?? '', reference, pattern).map(
      ([name, attributes]) => `* LIST (${attributes.join(' ')}) ${delimiter} ${astring(name)}`,
    )
    return { status: 'OK', text: 'List completed.', untagged }
  },
})
