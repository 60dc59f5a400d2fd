// SUBSCRIBE (RFC 3501 §6.3.6): adds a name to the user's subscription list (what LSUB shows).
// Like Dovecot, only an existing mailbox may be subscribed; INBOX is case-insensitive (§5.1).

import { mailboxArg, type ImapArg, type Parsed } from '../arguments'
import { ALL_STATES_AFTER_LOGIN, defineCommand, type HandlerResult } from '../command'
import { missingMailbox } from '../replies'

/** SUBSCRIBE and UNSUBSCRIBE take one mailbox name. */
export function parseMailboxName(args: readonly ImapArg[]): Parsed<string> {
  const name = mailboxArg(args[0])
  return name === undefined ? { ok: false, message: 'Invalid arguments.' } : { ok: true, value: name }
}

export const subscribe = defineCommand({
  name: 'SUBSCRIBE',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: parseMailboxName,
  handle: (ctx, name): HandlerResult => {
    const result = ctx.store.subscribe(ctx.user ?? '', name)
    return result.ok ? { status: 'OK', text: 'Subscribe completed.' } : missingMailbox(name)
  },
})
