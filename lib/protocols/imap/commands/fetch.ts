// FETCH and UID FETCH (RFC 3501 §6.4.5, §6.4.8). A body fetch without .PEEK sets \Seen first,
// and the same response then carries the new FLAGS (imap-basic.json); EXAMINE sets nothing.

import { parseFetchItems, setsSeen, type FetchItem } from '../fetchItems'
import { renderFetchItems } from '../fetchRender'
import { fetchLine } from '../formatter'
import { SELECTED_ONLY, defineCommand, type HandlerResult } from '../command'
import { parseSetArg, resolveMessages } from '../messageSet'
import { commandError } from '../replies'
import type { SeqRange } from '../sequence'

export const fetch = defineCommand({
  name: 'FETCH',
  allowedStates: SELECTED_ONLY,
  parse: (args) => {
    if (args.length < 2) return { ok: false, message: 'Invalid arguments' }
    const set = parseSetArg(args[0])
    if (!set.ok) return set
    const items = parseFetchItems(args[1])
    if (!items.ok) return items
    if (args.length > 2) return { ok: false, message: 'Invalid arguments' }
    return { ok: true, value: { set: set.value as SeqRange[], items: items.value as FetchItem[] } }
  },
  handle: (ctx, { set, items }): HandlerResult => {
    const selection = ctx.selection
    const seqs = resolveMessages(ctx, set)
    if (!selection || !seqs) return commandError(ctx, 'FETCH', 'Invalid messageset')
    // UID FETCH always answers with the UID (RFC 3501 §6.4.8).
    const wanted: FetchItem[] = ctx.uid && !items.some((item) => item.kind === 'UID') ? [{ kind: 'UID' }, ...items] : items
    const seenChanged = new Set<number>()
    if (!selection.readOnly && wanted.some(setsSeen)) {
      for (const seq of seqs) {
        const message = selection.at(seq)
        if (message.flags.has('\\Seen') || !selection.isLive(message)) continue
        selection.mailbox.setFlags(message.uid, [...message.flags, '\\Seen'], ctx.sessionId)
        seenChanged.add(seq)
      }
    }
    const hasFlags = wanted.some((item) => item.kind === 'FLAGS')
    const untagged = seqs.map((seq) => {
      const message = selection.at(seq)
      const rendered = renderFetchItems(selection, message, wanted)
      if (seenChanged.has(seq) && !hasFlags) rendered.unshift(`FLAGS ${selection.flagsOf(message)}`)
      return fetchLine(seq, rendered)
    })
    return { status: 'OK', text: 'Fetch completed.', untagged }
  },
  // RFC 3501 §7.4.1: no EXPUNGE while answering FETCH; UID FETCH may shift numbers.
  sync: (ctx) => (ctx.uid ? 'full' : 'no-expunge'),
})
