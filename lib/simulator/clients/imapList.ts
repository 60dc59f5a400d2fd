// How the IMAP client learns which folders the account has: LIST (RFC 3501 §6.3.8), as a real
// client does instead of trusting a configured list. The command is K-9 Mail's (now Thunderbird
// for Android, ImapStore.listFolders) for a server without LIST-EXTENDED (RFC 5258), as ours and
// the recorded Dovecot are: `LIST "" "*"`, every mailbox at every level. Its reply, one
// `* LIST (attributes) "/" name` line per mailbox, is in the reference transcripts
// (imap-basic, imap-mailboxes). This file reads that reply; imapFolders.ts plans what follows.

import type { ImapReply } from './imapReply'
import type { PlanItem } from './plan'

const LIST_PURPOSE = 'LIST'

/** `LIST "" "*"`: reference "" (no prefix) and the pattern * (RFC 3501 §6.3.8: every name, every level). */
export const LIST_ITEM: PlanItem = { kind: 'line', line: 'LIST "" "*"', purpose: LIST_PURPOSE }

/**
 * Special folders first, in this order, as mail apps show them (Thunderbird lists Inbox, Sent and
 * Archives before the user's own folders); then the others in the server's order.
 */
const SPECIAL_FIRST: readonly string[] = ['Sent', 'Archive']

/**
 * The folders a LIST reply names that a client shows and syncs besides INBOX: every mailbox that can
 * be selected. INBOX is the client's own (its name is case-insensitive, RFC 3501 §5.1); a \Noselect
 * name only holds others (RFC 3501 §7.2.2), and \NonExistent (RFC 5258 §3.4) is no mailbox at all.
 */
export function listedFolders(reply: ImapReply): string[] {
  const names: string[] = []
  for (const response of reply.untagged) {
    if (response.kind !== 'list') continue
    if (response.name.toUpperCase() === 'INBOX') continue
    const attributes = response.attributes.map((attribute) => attribute.toLowerCase())
    if (attributes.includes('\\noselect') || attributes.includes('\\nonexistent')) continue
    if (!names.includes(response.name)) names.push(response.name)
  }
  const special = SPECIAL_FIRST.filter((name) => names.includes(name))
  return [...special, ...names.filter((name) => !SPECIAL_FIRST.includes(name))]
}
