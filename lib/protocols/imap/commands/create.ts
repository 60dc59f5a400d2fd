// CREATE (RFC 3501 §6.3.3): a trailing delimiter only hints at hierarchy and is dropped;
// an existing name gets NO [ALREADYEXISTS] (RFC 5530), an invalid one NO [CANNOT].

import { HIERARCHY_DELIMITER } from '@/lib/protocols/mailstore'
import { mailboxArg } from '../arguments'
import { ALL_STATES_AFTER_LOGIN, defineCommand, type HandlerResult } from '../command'

export const create = defineCommand({
  name: 'CREATE',
  allowedStates: ALL_STATES_AFTER_LOGIN,
  parse: (args) => {
    const name = mailboxArg(args[0])
    return name === undefined ? { ok: false, message: 'Invalid arguments.' } : { ok: true, value: name }
  },
  handle: (ctx, requested): HandlerResult => {
    const name = requested.endsWith(HIERARCHY_DELIMITER) ? requested.slice(0, -1) : requested
    const result = ctx.store.createMailbox(ctx.user ?? '', name)
    if (result.ok) return { status: 'OK', text: 'Create completed.' }
    if (result.reason === 'mailbox-exists') return { status: 'NO', code: 'ALREADYEXISTS', text: 'Mailbox already exists' }
    return { status: 'NO', code: 'CANNOT', text: 'Invalid mailbox name' }
  },
})
