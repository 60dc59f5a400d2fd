// APPEND (RFC 3501 §6.3.11): mailbox, optional flags and date-time, then the message as a literal.
// Success: OK [APPENDUID validity uid] (RFC 4315 §3). A missing mailbox: NO [TRYCREATE]. Over
// quota: NO [OVERQUOTA], decided before the server invites a synchronising literal, as Dovecot does.

import { octetsToBytes } from '@/lib/protocols/octets'
import { monthIndex } from '../formatter'
import { mailboxArg, type ImapArg } from '../arguments'
import { ALL_STATES_AFTER_LOGIN, defineCommand, type CommandContext, type HandlerResult } from '../command'
import { parseFlags } from '../flagList'
import { missingMailbox } from '../replies'

const overQuota: HandlerResult = { status: 'NO', code: 'OVERQUOTA', text: 'Quota exceeded (mailbox for user is full)' }

/** date-time (RFC 3501 §9): "dd-Mon-yyyy hh:mm:ss +zzzz". */
function parseDateTime(text: string): Date | undefined {
  const match = /^ ?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/.exec(text)
  const month = match ? monthIndex(match[2]) : -1
  if (!match || month < 0) return undefined
  const offset = (match[7] === '-' ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9]))
  const utc = Date.UTC(Number(match[3]), month, Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6]))
  return new Date(utc - offset * 60_000)
}

export const append = defineCommand({
  name: 'APPEND',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: (args) => {
    const mailbox = mailboxArg(args[0])
    if (mailbox === undefined) return { ok: false, message: 'Invalid arguments.' }
    let index = 1
    let flags: string[] = []
    if (args[index]?.kind === 'list') {
      const parsed = parseFlags([args[index]])
      if (!parsed.ok) return parsed
      flags = parsed.value
      index++
    }
    let internalDate: Date | undefined
    const dateArg = args[index]
    if (dateArg?.kind === 'string' && !dateArg.literal) {
      internalDate = parseDateTime(dateArg.value)
      if (!internalDate) return { ok: false, message: 'Invalid internal date.' }
      index++
    }
    const message: ImapArg | undefined = args[index]
    if (message?.kind !== 'string' || !message.literal || args.length > index + 1) return { ok: false, message: 'Invalid arguments.' }
    return { ok: true, value: { mailbox, flags, internalDate, raw: message.value } }
  },
  checkLiteral: (ctx: CommandContext, args: readonly ImapArg[], size: number) => {
    const user = ctx.user ?? ''
    const name = mailboxArg(args[0])
    if (name !== undefined && !ctx.store.mailbox(user, name)) return missingMailbox(name, 'TRYCREATE')
    if (ctx.store.bytesUsed(user) + size > ctx.store.quotaBytes(user)) return overQuota
    return undefined
  },
  handle: (ctx, { mailbox, flags, internalDate, raw }): HandlerResult => {
    // The literal's octets are the message, byte for byte: no line-end change, no decoding.
    const result = ctx.store.append(ctx.user ?? '', mailbox, { raw: octetsToBytes(raw), internalDate, flags }, { origin: ctx.sessionId })
    if (!result.ok) return result.reason === 'over-quota' ? overQuota : missingMailbox(mailbox, 'TRYCREATE')
    const target = ctx.store.mailbox(ctx.user ?? '', mailbox)
    return { status: 'OK', code: `APPENDUID ${target?.uidValidity ?? 0} ${result.value.uid}`, text: 'Append completed.' }
  },
})
