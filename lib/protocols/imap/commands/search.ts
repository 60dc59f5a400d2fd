// SEARCH and UID SEARCH (RFC 3501 §6.4.4, §6.4.8): `* SEARCH` with message numbers or UIDs.
// CHARSET may be US-ASCII, UTF-8, ISO-8859-1, ISO-8859-15 or WINDOWS-1252; any other gets
// NO [BADCHARSET (...)]. Strings are matched against decoded text (search.ts, searchText.ts).

import { SEARCH_CHARSETS, decodeOctets, decodeStrictUtf8, isSearchCharset, isSingleByteCharset } from '@/lib/protocols/text/charsets'
import { astringOf, atomOf } from '../parser'
import { matches, parseSearchKeys, type SearchKey } from '../search'
import type { ImapArg } from '../arguments'
import { SELECTED_ONLY, defineCommand, type HandlerResult } from '../command'

/**
 * A search string as the CHARSET says (RFC 3501 §6.4.4). Text with characters above U+00FF was
 * decoded by the connection already and is kept, as is plain ASCII. Otherwise the characters are
 * the octets the client sent (a byte-transparent connection): in a one-octet charset they are read
 * in it; for UTF-8 (or no CHARSET) they are read as UTF-8 when they form valid UTF-8.
 */
function inCharset(value: string, charset: string): string {
  if (/[^\x00-\xff]/.test(value) || !/[\x80-\xff]/.test(value)) return value
  const octets = Uint8Array.from(value, (c) => c.charCodeAt(0))
  if (isSingleByteCharset(charset)) return decodeOctets(octets, charset)
  return decodeStrictUtf8(octets) ?? value
}

function argsInCharset(args: readonly ImapArg[], charset: string): ImapArg[] {
  return args.map((arg) => {
    if (arg.kind === 'list') return { ...arg, items: argsInCharset(arg.items, charset) }
    return arg.kind === 'string' ? { ...arg, value: inCharset(arg.value, charset) } : arg
  })
}

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
    const key = parseSearchKeys(argsInCharset(rest, charset ?? 'UTF-8'))
    if (!key.ok) return key
    return { ok: true, value: { charset, key: key.value as SearchKey } }
  },
  handle: (ctx, { charset, key }): HandlerResult => {
    const selection = ctx.selection
    if (!selection) return { status: 'BAD', text: 'No mailbox selected.' }
    if (charset !== undefined && !isSearchCharset(charset)) {
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
