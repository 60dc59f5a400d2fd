// SEARCH and UID SEARCH (RFC 3501 §6.4.4, §6.4.8): `* SEARCH` with message numbers or UIDs.
// CHARSET may be US-ASCII or UTF-8; any other gets NO [BADCHARSET (...)].

import { SEARCH_CHARSETS } from '../constants'
import { astringOf, atomOf } from '../parser'
import { matches, parseSearchKeys, type SearchKey } from '../search'
import { SELECTED_ONLY, defineCommand, type HandlerResult } from '../types'

export const search = defineCommand({
  name: 'SEARCH',
  allowedStates: SELECTED_ONLY,
  parse: (args) => {
    let rest = args
    let charset: string | undefined
    if (atomOf(args[0]) === 'CHARSET') {
      charset = astringOf(args[1])
      if (charset === undefined) return { ok: false, message: 'Missing CHARSET' }
      rest = args.slice(2)
    }
    const key = parseSearchKeys(rest)
    if (!key.ok) return key
    return { ok: true, value: { charset, key: key.value as SearchKey } }
  },
  handle: (ctx, { charset, key }): HandlerResult => {
    const selection = ctx.selection
    if (!selection) return { status: 'BAD', text: 'No mailbox selected.' }
    if (charset !== undefined && !(SEARCH_CHARSETS as readonly string[]).includes(charset.toUpperCase())) {
      return { status: 'NO', code: `BADCHARSET (${SEARCH_CHARSETS.join(' ')})`, text: `Unknown charset: ${charset}` }
    }
    const messages = selection.messages
    const maxUid = messages.length > 0 ? messages[messages.length - 1].uid : 0
    const found: number[] = []
    messages.forEach((message, index) => {
      const subject = { message, seq: index + 1, recent: selection.isRecent(message.uid), maxSeq: messages.length, maxUid }
      if (matches(key, subject)) found.push(ctx.uid ? message.uid : index + 1)
    })
    return { status: 'OK', text: 'Search completed.', untagged: [found.length > 0 ? `* SEARCH ${found.join(' ')}` : '* SEARCH'] }
  },
  sync: (ctx) => (ctx.uid ? 'full' : 'no-expunge'),
})
