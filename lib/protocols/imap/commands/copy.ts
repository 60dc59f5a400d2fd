// COPY and UID COPY (RFC 3501 §6.4.7) with UIDPLUS's OK [COPYUID validity source-uids dest-uids]
// (RFC 4315 §3). A missing destination gets NO [TRYCREATE]; a full quota NO [OVERQUOTA].

import type { StoredMessage } from '@/lib/protocols/mailstore'
import { formatUidSet } from '../formatter'
import { mailboxArg, type ImapArg, type Parsed } from '../arguments'
import { SELECTED_ONLY, defineCommand, type CommandContext, type HandlerResult } from '../command'
import { parseSetArg, resolveMessages } from '../messageSet'
import { commandError, missingMailbox } from '../replies'
import type { SeqRange } from '../sequence'

export interface CopyParams {
  readonly set: SeqRange[]
  readonly destination: string
}

export function parseCopyArgs(args: readonly ImapArg[]): Parsed<CopyParams> {
  if (args.length < 2) return { ok: false, message: 'Invalid arguments' }
  const set = parseSetArg(args[0])
  if (!set.ok) return set
  const destination = mailboxArg(args[1])
  if (destination === undefined) return { ok: false, message: 'Invalid arguments' }
  return { ok: true, value: { set: set.value, destination } }
}

export type CopyOutcome =
  | { readonly kind: 'done'; readonly code: string; readonly sources: readonly StoredMessage[] }
  | { readonly kind: 'empty' }
  | { readonly kind: 'reply'; readonly result: HandlerResult }

/** Copies the named messages, keeping flags and internal dates; the copies are \Recent anew. */
export function copyMessages(ctx: CommandContext, name: string, { set, destination }: CopyParams): CopyOutcome {
  const selection = ctx.selection
  const seqs = resolveMessages(ctx, set)
  if (!selection || !seqs) return { kind: 'reply', result: commandError(ctx, name, 'Invalid messageset') }
  const user = ctx.user ?? ''
  const target = ctx.store.mailbox(user, destination)
  if (!target) return { kind: 'reply', result: missingMailbox(destination, 'TRYCREATE') }
  const sources = seqs.map((seq) => selection.at(seq)).filter((message) => selection.isLive(message))
  if (sources.length === 0) return { kind: 'empty' }
  const needed = sources.reduce((total, message) => total + message.size, 0)
  if (ctx.store.bytesUsed(user) + needed > ctx.store.quotaBytes(user)) {
    return { kind: 'reply', result: { status: 'NO', code: 'OVERQUOTA', text: 'Quota exceeded (mailbox for user is full)' } }
  }
  const copies: number[] = []
  for (const message of sources) {
    const input = { raw: message.bytes, internalDate: message.internalDate, flags: [...message.flags] }
    const result = ctx.store.append(user, target.name, input, { origin: ctx.sessionId })
    if (result.ok) copies.push(result.value.uid)
  }
  const code = `COPYUID ${target.uidValidity} ${formatUidSet(sources.map((message) => message.uid))} ${formatUidSet(copies)}`
  return { kind: 'done', code, sources }
}

export const copy = defineCommand({
  name: 'COPY',
  allowedStates: SELECTED_ONLY,
  parse: parseCopyArgs,
  handle: (ctx, params): HandlerResult => {
    const outcome = copyMessages(ctx, 'COPY', params)
    if (outcome.kind === 'reply') return outcome.result
    if (outcome.kind === 'empty') return { status: 'OK', text: 'No messages found.' }
    return { status: 'OK', code: outcome.code, text: 'Copy completed.' }
  },
  sync: (ctx) => (ctx.uid ? 'full' : 'no-expunge'),
})
