// RENAME (RFC 3501 §6.3.5): a mailbox and the mailboxes below it take a new name, keeping their
// messages and UIDVALIDITY. Where the RFC and Dovecot 2.3 with Maildir differ, we answer as Dovecot:
// - RENAME INBOX is refused with NO [CANNOT] (the RFC's "move INBOX's messages" case is not done);
// - subscriptions keep their old names (LSUB still shows them);
// - a level that only holds other mailboxes (LIST \Noselect) can be renamed too.
// Unlike Dovecot, a session that has the renamed mailbox selected keeps it selected (Dovecot
// ends that session with "* BYE IMAP session state is inconsistent"); see docs/protocols-imap.md.

import { mailboxArg } from '../arguments'
import { ALL_STATES_AFTER_LOGIN, defineCommand, type HandlerResult } from '../command'
import { missingMailbox } from '../replies'

export const rename = defineCommand({
  name: 'RENAME',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: (args) => {
    const from = mailboxArg(args[0])
    const to = mailboxArg(args[1])
    if (from === undefined || to === undefined) return { ok: false, message: 'Missing arguments' }
    return { ok: true, value: { from, to } }
  },
  handle: (ctx, { from, to }): HandlerResult => {
    const result = ctx.store.renameMailbox(ctx.user ?? '', from, to)
    if (result.ok) return { status: 'OK', text: 'Rename completed.' }
    switch (result.reason) {
      case 'cannot-rename-inbox':
        return { status: 'NO', code: 'CANNOT', text: "Renaming INBOX isn't supported" }
      case 'rename-to-itself':
        return { status: 'NO', code: 'ALREADYEXISTS', text: "Can't rename mailbox to itself" }
      case 'rename-into-child':
        return { status: 'NO', text: "Can't rename mailbox under its own child" }
      case 'mailbox-exists':
        return { status: 'NO', code: 'ALREADYEXISTS', text: 'Target mailbox already exists' }
      case 'invalid-name':
        return { status: 'NO', code: 'CANNOT', text: 'Invalid mailbox name' }
      default:
        return missingMailbox(from, 'NONEXISTENT')
    }
  },
})
