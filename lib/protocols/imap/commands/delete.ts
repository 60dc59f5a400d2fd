// DELETE (RFC 3501 §6.3.4): INBOX cannot be deleted; a mailbox with children is refused;
// deleting the selected mailbox makes the server say BYE after the tagged OK (imap-mailboxes.json).

import { HIERARCHY_DELIMITER } from '@/lib/protocols/mailstore'
import { mailboxArg } from '../arguments'
import { ALL_STATES_AFTER_LOGIN, defineCommand, type HandlerResult } from '../command'
import { missingMailbox } from '../replies'

export const del = defineCommand({
  name: 'DELETE',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: (args) => {
    const name = mailboxArg(args[0])
    return name === undefined ? { ok: false, message: 'Invalid arguments.' } : { ok: true, value: name }
  },
  handle: (ctx, name): HandlerResult => {
    const user = ctx.user ?? ''
    if (name.toUpperCase() === 'INBOX') return { status: 'NO', text: "INBOX can't be deleted." }
    if (!ctx.store.mailbox(user, name)) return missingMailbox(name, 'NONEXISTENT')
    if (ctx.store.mailboxNames(user).some((other) => other.startsWith(name + HIERARCHY_DELIMITER))) {
      return { status: 'NO', text: 'Mailbox has children, delete them first' }
    }
    ctx.store.deleteMailbox(user, name)
    // The session notices its selected mailbox is gone when it sends the reply (session.ts).
    return { status: 'OK', text: 'Delete completed.' }
  },
})
