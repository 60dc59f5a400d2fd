// MOVE and UID MOVE (RFC 6851 §3): copy, then expunge the originals. COPYUID goes in an
// untagged OK before the EXPUNGEs (§4.3), and the tagged OK carries no code (imap-mailboxes.json).

import { SELECTED_ONLY, defineCommand, type HandlerResult } from '../command'
import { readOnlyReply } from '../replies'
import { copyMessages, parseCopyArgs } from './copy'

export const move = defineCommand({
  name: 'MOVE',
  allowedStates: SELECTED_ONLY,
  parse: parseCopyArgs,
  handle: (ctx, params): HandlerResult => {
    if (ctx.selection?.readOnly) return readOnlyReply
    const outcome = copyMessages(ctx, 'MOVE', params)
    if (outcome.kind === 'reply') return outcome.result
    if (outcome.kind === 'empty') return { status: 'OK', text: 'No messages found.' }
    ctx.selection?.mailbox.expunge(
      outcome.sources.map((message) => message.uid),
      ctx.sessionId,
    )
    return { status: 'OK', text: 'Move completed.', untagged: [`* OK [${outcome.code}] Moved UIDs.`] }
  },
})
