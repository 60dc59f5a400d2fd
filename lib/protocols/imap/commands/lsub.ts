// LSUB (RFC 3501 §6.3.9): the subscribed names that match reference + pattern, in the order they
// were subscribed. A name is listed even when its mailbox is gone (Dovecot adds no attribute then).
// When `%` stops at a level that is not subscribed itself but has subscribed names below it, that
// level is listed with \Noselect, as §6.3.9 asks ("foo" for a subscribed "foo/bar").

import { HIERARCHY_DELIMITER } from '@/lib/protocols/mailstore'
import { astring, imapString } from '../formatter'
import { ALL_STATES_AFTER_LOGIN, defineCommand, type HandlerResult } from '../command'
import { parseListArgs, patternRegExp } from './list'

/** The LSUB entries (name, attributes) for a subscription list and a full pattern. */
export function lsubEntries(subscribed: readonly string[], pattern: string): Array<[string, string]> {
  const matcher = patternRegExp(pattern, false)
  const inboxMatcher = patternRegExp(pattern, true)
  const matchesName = (name: string) => (name === 'INBOX' ? inboxMatcher.test(name) : matcher.test(name))
  const listed = new Set(subscribed)
  const entries: Array<[string, string]> = []
  const seen = new Set<string>()
  for (const name of subscribed) {
    if (matchesName(name)) {
      if (!seen.has(name)) entries.push([name, ''])
      seen.add(name)
      continue
    }
    if (!pattern.includes('%')) continue
    const levels = name.split(HIERARCHY_DELIMITER)
    for (let i = 1; i < levels.length; i++) {
      const parent = levels.slice(0, i).join(HIERARCHY_DELIMITER)
      if (listed.has(parent) || seen.has(parent) || !matchesName(parent)) continue
      seen.add(parent)
      entries.push([parent, '\\Noselect'])
    }
  }
  return entries
}

export const lsub = defineCommand({
  name: 'LSUB',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: parseListArgs,
  handle: (ctx, { reference, pattern }): HandlerResult => {
    const delimiter = imapString(HIERARCHY_DELIMITER)
    const entries = pattern === '' ? [] : lsubEntries(ctx.store.subscriptions(ctx.user ?? ''), reference + pattern)
    const untagged = entries.map(([name, attributes]) => `* LSUB (${attributes}) ${delimiter} ${astring(name)}`)
    return { status: 'OK', text: 'Lsub completed.', untagged }
  },
})
