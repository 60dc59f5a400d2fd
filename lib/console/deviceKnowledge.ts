// What one device (one console tab) knows of the mailbox, learned only from the replies its own
// connection received: an IMAP client's cached message list and flags (RFC 3501 §7.3–7.4 untagged
// updates), or the copies a POP3 client downloaded (RFC 1939 §5). It never reads another session's
// replies, so a change made elsewhere shows here only once this connection has been told of it.
// An SMTP connection only sends: its device learns nothing of the mailbox from it.

import type { MailProtocol, StoredMessage } from '@/lib/protocols'
import { summarize } from './headers'
import { splitImapResponses, type MessageListing } from '@/lib/protocols/wire'
import type { ConsoleExchange } from './exchange'
import { parseCount, parseFetch, taggedStatus } from './imapResponses'
import { splitTag } from './tags'

/** A message as this device last heard of it (its flags too: POP3 copies have none). */
export interface KnownMessage extends MessageListing {
  /** The device holds the text, not only the headers. */
  hasBody: boolean
}

export interface DeviceKnowledge {
  protocol: MailProtocol
  /** IMAP: the selected mailbox, if any. */
  mailbox: string | null
  /** IMAP: the mailbox in sequence-number order. POP3: the downloaded copies. */
  messages: KnownMessage[]
  /** POP3: the maildrop's UIDs by message number, fixed when the session entered TRANSACTION. */
  pop3Listing: number[]
  /** POP3: UIDs marked by DELE in the open session, not yet committed. */
  pop3Marked: number[]
}

/** The slice of the mail store the device model reads (to name the messages it hears of). */
export interface StoreReader {
  mailbox(user: string, name: string): { readonly messages: readonly StoredMessage[] } | undefined
}

/** An exchange as the device model reads it, with the connection's state after it. */
export interface ExchangeInput extends Pick<ConsoleExchange, 'client' | 'reply' | 'stateBefore' | 'stateAfter'> {
  closed: boolean
  user: string | undefined
}

export function emptyKnowledge(protocol: MailProtocol): DeviceKnowledge {
  return { protocol, mailbox: null, messages: [], pop3Listing: [], pop3Marked: [] }
}

export function known(message: StoredMessage, hasBody: boolean, flags = [...message.flags]): KnownMessage {
  return { uid: message.uid, ...summarize(message.text), size: message.size, flags, hasBody }
}

/** The device's knowledge after one exchange (a command and its reply, or a push). */
export function applyExchange(knowledge: DeviceKnowledge, exchange: ExchangeInput, store: StoreReader): DeviceKnowledge {
  if (knowledge.protocol === 'smtp') return knowledge
  return knowledge.protocol === 'pop3' ? applyPop3(knowledge, exchange, store) : applyImap(knowledge, exchange, store)
}

/** A dropped POP3 connection deletes nothing (RFC 1939 §6): the DELE marks are forgotten. */
export function applyDrop(knowledge: DeviceKnowledge): DeviceKnowledge {
  return { ...knowledge, pop3Marked: [] }
}

function applyPop3(k: DeviceKnowledge, ex: ExchangeInput, store: StoreReader): DeviceKnowledge {
  if (ex.stateBefore === 'AUTHORIZATION' && ex.stateAfter === 'TRANSACTION' && ex.user) {
    const listing = (store.mailbox(ex.user, 'INBOX')?.messages ?? []).map((m) => m.uid)
    return { ...k, pop3Listing: listing, pop3Marked: [] }
  }
  if (ex.stateBefore === 'TRANSACTION' && (ex.stateAfter === 'UPDATE' || ex.closed)) return { ...k, pop3Marked: [] }
  if (!ex.client || !ex.reply.startsWith('+OK') || ex.stateBefore !== 'TRANSACTION') return k
  const [verb = '', arg = ''] = ex.client.trim().split(/\s+/)
  const uid = k.pop3Listing[Number(arg) - 1]
  switch (verb.toUpperCase()) {
    case 'RSET':
      return { ...k, pop3Marked: [] }
    case 'DELE':
      return uid === undefined || k.pop3Marked.includes(uid) ? k : { ...k, pop3Marked: [...k.pop3Marked, uid] }
    case 'RETR':
    case 'TOP': {
      const message = uid === undefined || !ex.user ? undefined : store.mailbox(ex.user, 'INBOX')?.messages.find((m) => m.uid === uid)
      if (!message) return k
      const full = verb.toUpperCase() === 'RETR'
      const existing = k.messages.find((m) => m.uid === uid)
      if (existing && (existing.hasBody || !full)) return k
      const copy = known(message, full, [])
      const messages = existing ? k.messages.map((m) => (m.uid === uid ? copy : m)) : [...k.messages, copy]
      return { ...k, messages }
    }
    default:
      return k
  }
}

function applyImap(k: DeviceKnowledge, ex: ExchangeInput, store: StoreReader): DeviceKnowledge {
  const responses = splitImapResponses(ex.reply)
  const { tag, rest } = splitTag(ex.client ?? '')
  const [verb = '', arg = ''] = rest.trim().split(/\s+/)
  const command = verb.toUpperCase()
  let next = k
  if ((command === 'SELECT' || command === 'EXAMINE') && ex.client && ex.user) {
    if (taggedStatus(responses, tag) !== 'OK') return { ...k, mailbox: null, messages: [] }
    const name = arg.replace(/^"(.*)"$/, '$1')
    const messages = (store.mailbox(ex.user, name)?.messages ?? []).map((m) => known(m, false))
    return { ...k, mailbox: name.toUpperCase() === 'INBOX' ? 'INBOX' : name, messages }
  }
  for (const response of responses) {
    const count = parseCount(response)
    if (count?.kind === 'exists' && count.n > next.messages.length && next.mailbox && ex.user) {
      const highest = next.messages.reduce((max, m) => Math.max(max, m.uid), 0)
      const fresh = (store.mailbox(ex.user, next.mailbox)?.messages ?? []).filter((m) => m.uid > highest)
      next = { ...next, messages: [...next.messages, ...fresh.slice(0, count.n - next.messages.length).map((m) => known(m, false))] }
    } else if (count?.kind === 'expunge') {
      next = { ...next, messages: next.messages.filter((_, index) => index !== count.n - 1) }
    }
    const fetch = parseFetch(response)
    const target = fetch ? next.messages[fetch.seq - 1] : undefined
    if (fetch && target) {
      const updated = { ...target, flags: fetch.flags ?? target.flags, hasBody: target.hasBody || fetch.hasBody }
      next = { ...next, messages: next.messages.map((m, index) => (index === fetch.seq - 1 ? updated : m)) }
    }
  }
  if ((command === 'CLOSE' || command === 'UNSELECT') && taggedStatus(responses, tag) === 'OK') {
    // CLOSE removes \Deleted messages silently (RFC 3501 §6.4.2); either way nothing is selected now.
    const messages = command === 'CLOSE' ? next.messages.filter((m) => !m.flags.includes('\\Deleted')) : next.messages
    next = { ...next, mailbox: null, messages }
  }
  return next
}
