// Adapts the console's state into the lab's view types (lib/simulator/view.ts), so the mailbox is
// drawn the way the lab draws it: the server's messages with their stored flags and POP3 marks, and
// what each connected device has learned.

import type { MailStore, OutboundMessage } from '@/lib/protocols'
import type { DeviceMessageView, OutboundMessageView, ServerMessageView } from '@/lib/simulator/view'
import type { ConsoleTab } from './session'
import { summarize } from './headers'

export interface MailboxGroupView {
  mailbox: string
  messages: ServerMessageView[]
}

/** Every mailbox of the user, INBOX first, with the uids open POP3 sessions have marked. */
export function serverMailboxes(store: MailStore, user: string, tabs: readonly ConsoleTab[]): MailboxGroupView[] {
  const marked = new Set<number>()
  for (const tab of tabs) if (!tab.connection.closed) for (const uid of tab.knowledge.pop3Marked) marked.add(uid)
  return store.mailboxNames(user).map((name) => ({
    mailbox: name,
    messages: (store.mailbox(user, name)?.messages ?? []).map((message) => ({
      key: `${user}/${name}/${message.uid}`,
      account: user,
      mailbox: name,
      uid: message.uid,
      ...summarize(message.text),
      size: message.size,
      flags: [...message.flags],
      markedForDeletion: name === 'INBOX' && marked.has(message.uid),
    })),
  }))
}

/** Mail accepted over SMTP for other domains, as the server panel lists it (it would be relayed on). */
export function outboundMessages(outbound: readonly OutboundMessage[]): OutboundMessageView[] {
  return outbound.map((message) => ({
    from: message.sender,
    to: [...message.recipients],
    subject: summarize(message.raw).subject,
    size: message.bytes.length,
  }))
}

/** What a tab's device shows: its downloaded copies (POP3) or its cached list (IMAP). */
export function deviceMessages(tab: ConsoleTab, user: string): DeviceMessageView[] {
  const mailbox = tab.knowledge.mailbox ?? 'INBOX'
  return tab.knowledge.messages.map((message) => ({
    key: `${user}/${mailbox}/${message.uid}`,
    account: user,
    folder: mailbox,
    uid: message.uid,
    subject: message.subject,
    from: message.from,
    size: message.size,
    seen: message.flags.includes('\\Seen'),
    flagged: message.flags.includes('\\Flagged'),
    deleted: message.flags.includes('\\Deleted'),
    hasBody: message.hasBody,
  }))
}

/** The words a message item ends with: "unread", "read", "deleted" (the lab's naming contract). */
export function serverMessageState(message: ServerMessageView): string {
  if (message.markedForDeletion) return 'marked for deletion'
  if (message.flags.includes('\\Deleted')) return 'deleted'
  return message.flags.includes('\\Seen') ? 'read' : 'unread'
}

export function deviceMessageState(message: DeviceMessageView): string {
  if (message.deleted) return 'deleted'
  return message.seen ? 'read' : 'unread'
}
