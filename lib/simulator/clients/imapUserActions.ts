// What the user does to an IMAP account's cache: read, flag, delete and file a message, and
// hand over a copy of what the device sent. Each changes the cache at once and queues the change
// for the server; reading a body the device does not hold needs the server.

import type { ImapClientContext } from './imapClient'
import { addPending } from './imapClient'
import { hasFolderWork, markForMove } from './imapFolders'

/**
 * A user action on the cached mailbox. Reading a held body, flagging and deleting change the
 * cache at once and queue the change for the server; reading an unheld body needs the server.
 */
export function applyImapUserAction(
  context: ImapClientContext,
  action: 'read' | 'flag' | 'delete',
  messageId: string,
  online: boolean,
): Pick<ImapClientContext, 'messages' | 'pending' | 'toOpen' | 'notice'> {
  const index = context.messages.findIndex((message) => message.messageId === messageId)
  const unchanged = { messages: context.messages, pending: context.pending, toOpen: context.toOpen }
  if (index === -1) return { ...unchanged, notice: 'unknown-message' }
  const message = context.messages[index]
  const uid = message.uid as number
  const messages = [...context.messages]
  const pending = [...context.pending]
  if (action === 'read') {
    if (!message.hasBody) {
      if (!online) return { ...unchanged, notice: 'not-available-offline' }
      return { ...unchanged, toOpen: [...context.toOpen, uid], notice: null }
    }
    if (message.seen) return { ...unchanged, notice: null }
    messages[index] = { ...message, seen: true }
    addPending(pending, { uid, flag: '\\Seen', add: true })
  } else if (action === 'flag') {
    messages[index] = { ...message, flagged: !message.flagged }
    addPending(pending, { uid, flag: '\\Flagged', add: !message.flagged })
  } else {
    messages[index] = { ...message, deleted: true }
    addPending(pending, { uid, flag: '\\Deleted', add: true })
  }
  return { messages, pending, toOpen: context.toOpen, notice: null }
}

export function hasWork(context: ImapClientContext): boolean {
  return context.pending.length > 0 || context.toOpen.length > 0 || hasFolderWork(context)
}

/** Files a cached INBOX message in `folder` (UID MOVE at the next session). */
export function fileImapMessage(context: ImapClientContext, messageId: string, folder: string): Pick<ImapClientContext, 'messages' | 'notice'> {
  const messages = markForMove(context.messages, messageId, folder)
  return messages ? { messages, notice: null } : { messages: context.messages, notice: 'unknown-message' }
}

/** The device sent `raw` over SMTP: its copy is APPENDed to Sent at the next session. */
export function keepSentCopy(context: ImapClientContext, raw: string): Pick<ImapClientContext, 'appends'> {
  return { appends: [...context.appends, raw] }
}
