// STORE and UID STORE (RFC 3501 §6.4.6): FLAGS, +FLAGS, -FLAGS, each with .SILENT. The session
// that stored sees an untagged FETCH for each message whose flags changed, unless .SILENT (none for
// a message the STORE left as it was: §6.4.6 says "normally", and Dovecot 2.3.19 sends none; see
// docs/protocols-imap.md), and first `* FLAGS` / `* OK [PERMANENTFLAGS]` when a keyword is new to
// the mailbox (as Dovecot).

import { fetchLine } from '../formatter'
import { SELECTED_ONLY, defineCommand, type HandlerResult } from '../command'
import { parseFlags } from '../flagList'
import { parseSetArg, resolveMessages } from '../messageSet'
import { commandError, readOnlyReply } from '../replies'
import { atomOf } from '../parser'
import type { SeqRange } from '../sequence'

type Operation = 'replace' | 'add' | 'remove'

export const store = defineCommand({
  name: 'STORE',
  allowedStates: SELECTED_ONLY,
  parse: (args) => {
    if (args.length < 3) return { ok: false, message: 'Invalid arguments' }
    const set = parseSetArg(args[0])
    if (!set.ok) return set
    const match = /^([+-]?)FLAGS(\.SILENT)?$/.exec(atomOf(args[1]) ?? '')
    if (!match) return { ok: false, message: 'Invalid arguments' }
    const flags = parseFlags(args.slice(2))
    if (!flags.ok) return flags
    const operation: Operation = match[1] === '+' ? 'add' : match[1] === '-' ? 'remove' : 'replace'
    return { ok: true, value: { set: set.value as SeqRange[], operation, silent: match[2] !== undefined, flags: flags.value } }
  },
  handle: (ctx, { set, operation, silent, flags }): HandlerResult => {
    const selection = ctx.selection
    const seqs = resolveMessages(ctx, set)
    if (!selection || !seqs) return commandError(ctx, 'STORE', 'Invalid messageset')
    if (selection.readOnly) return readOnlyReply
    const untagged: string[] = []
    // Keywords compare case-insensitively: a known one keeps the spelling the mailbox has for it.
    const canonical = flags.map((flag) => selection.mailbox.keywords.canonical(flag))
    let expunged = false
    for (const seq of seqs) {
      const message = selection.at(seq)
      if (!selection.isLive(message)) {
        expunged = true
        continue
      }
      const next = new Set(operation === 'replace' ? [] : message.flags)
      for (const flag of canonical) {
        if (operation === 'remove') next.delete(flag)
        else next.add(flag)
      }
      const before = message.flags
      selection.mailbox.setFlags(message.uid, next, ctx.sessionId)
      const changed = before.size !== message.flags.size || [...before].some((flag) => !message.flags.has(flag))
      if (changed && !silent) {
        const items = [`FLAGS ${selection.flagsOf(message)}`]
        if (ctx.uid) items.unshift(`UID ${message.uid}`)
        untagged.push(fetchLine(seq, items))
      }
    }
    // A new keyword is announced first, even with .SILENT, as Dovecot does (RFC 3501 §7.2.6).
    untagged.unshift(...selection.keywordUpdate())
    if (expunged) return { status: 'NO', code: 'EXPUNGEISSUED', text: 'Some of the requested messages no longer exist.', untagged }
    return { status: 'OK', text: 'Store completed.', untagged }
  },
  sync: (ctx) => (ctx.uid ? 'full' : 'no-expunge'),
})
