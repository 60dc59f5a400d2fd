// SELECT (RFC 3501 §6.3.1): FLAGS, OK [PERMANENTFLAGS], EXISTS, RECENT, OK [UNSEEN n],
// OK [UIDVALIDITY], OK [UIDNEXT], then OK [READ-WRITE]. A previous mailbox is closed first
// with `* OK [CLOSED]` (RFC 7162 §3.2.11, as Dovecot sends it) even when the new one is missing.

import { mailboxArg, type ImapArg, type Parsed } from '../arguments'
import { ALL_STATES_AFTER_LOGIN, defineCommand, type CommandContext, type HandlerResult } from '../command'
import { missingMailbox } from '../replies'
import { mailboxFlagLines } from '../mailboxFlags'

export function parseSelectArgs(args: readonly ImapArg[]): Parsed<string> {
  const name = mailboxArg(args[0])
  return name === undefined ? { ok: false, message: 'Invalid arguments.' } : { ok: true, value: name }
}

/** SELECT and EXAMINE (RFC 3501 §6.3.2) differ only in read-only access. */
export function openMailbox(ctx: CommandContext, name: string, readOnly: boolean): HandlerResult {
  const untagged: string[] = []
  if (ctx.selection) {
    untagged.push('* OK [CLOSED] Previous mailbox closed.')
    ctx.unselect(false)
  }
  const mailbox = ctx.store.mailbox(ctx.user ?? '', name)
  if (!mailbox) return { ...missingMailbox(name), untagged }
  const selection = ctx.select(mailbox, readOnly)
  untagged.push(
    ...mailboxFlagLines(mailbox.keywords.all, readOnly),
    `* ${selection.count} EXISTS`,
    `* ${selection.recentCount} RECENT`,
  )
  const unseen = selection.firstUnseen()
  if (unseen > 0) untagged.push(`* OK [UNSEEN ${unseen}] First unseen.`)
  untagged.push(`* OK [UIDVALIDITY ${mailbox.uidValidity}] UIDs valid`, `* OK [UIDNEXT ${mailbox.uidNext}] Predicted next UID`)
  return {
    status: 'OK',
    code: readOnly ? 'READ-ONLY' : 'READ-WRITE',
    text: readOnly ? 'Examine completed.' : 'Select completed.',
    untagged,
  }
}

export const select = defineCommand({
  name: 'SELECT',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: parseSelectArgs,
  handle: (ctx, name) => openMailbox(ctx, name, false),
})
