// STATUS (RFC 3501 §6.3.10): MESSAGES, RECENT, UIDNEXT, UIDVALIDITY and UNSEEN without selecting.
// On the selected mailbox Dovecot answers OK [CLIENTBUG] (imap-expunge.json).

import { astring } from '../formatter'
import { mailboxArg } from '../arguments'
import { ALL_STATES_AFTER_LOGIN, defineCommand, type HandlerResult } from '../command'
import { missingMailbox } from '../replies'

const ITEMS = ['MESSAGES', 'RECENT', 'UIDNEXT', 'UIDVALIDITY', 'UNSEEN'] as const
type StatusItem = (typeof ITEMS)[number]

export const status = defineCommand({
  name: 'STATUS',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: (args) => {
    const name = mailboxArg(args[0])
    const list = args[1]
    if (name === undefined || list?.kind !== 'list' || list.items.length === 0) return { ok: false, message: 'Invalid arguments.' }
    const items = new Set<StatusItem>()
    for (const item of list.items) {
      const upper = item.kind === 'atom' ? item.value.toUpperCase() : ''
      const known = ITEMS.find((candidate) => candidate === upper)
      if (!known) return { ok: false, message: `Invalid status item ${item.kind === 'list' ? '(..)' : item.value}` }
      items.add(known)
    }
    return { ok: true, value: { name, items } }
  },
  handle: (ctx, { name, items }): HandlerResult => {
    const mailbox = ctx.store.mailbox(ctx.user ?? '', name)
    if (!mailbox) return missingMailbox(name)
    const selected = ctx.selection?.mailbox === mailbox ? ctx.selection : undefined
    const values: Record<StatusItem, () => number> = {
      MESSAGES: () => mailbox.messages.length,
      RECENT: () => mailbox.messages.filter((message) => message.unclaimedRecent || selected?.isRecent(message.uid)).length,
      UIDNEXT: () => mailbox.uidNext,
      UIDVALIDITY: () => mailbox.uidValidity,
      UNSEEN: () => mailbox.messages.filter((message) => !message.flags.has('\\Seen')).length,
    }
    const pairs = ITEMS.filter((item) => items.has(item)).map((item) => `${item} ${values[item]()}`)
    const line = `* STATUS ${astring(mailbox.name)} (${pairs.join(' ')})`
    if (selected) return { status: 'OK', code: 'CLIENTBUG', text: 'Status on selected mailbox completed.', untagged: [line] }
    return { status: 'OK', text: 'Status completed.', untagged: [line] }
  },
})
