// What happens to a message once DATA ends (RFC 5321 §4.1.1.4, §6.1): the server takes
// responsibility for it, gives it a queue id, stores a copy in each local recipient's INBOX with
// the trace headers, and keeps mail for other domains in an outbound queue. Nothing leaves the
// simulation: the queue is only there to be shown.

import type { MailStore } from '../mailstore'
import { octetsAsUtf8, octetsToBytes } from '../octets'
import { LOCAL_DOMAINS } from './constants'
import { splitAddress } from './parser'
import { lmtpTrace, postfixReceived, type SmtpHop } from './trace'

export interface OutboundMessage {
  readonly queueId: string
  readonly sender: string
  /** The recipients in other domains, in RCPT order. */
  readonly recipients: readonly string[]
  /** The message as it would leave, decoded as UTF-8 for display: the Received: line on top, CRLF line ends. */
  readonly raw: string
  /** The same message byte for byte, 8-bit content as the client sent it. */
  readonly bytes: Uint8Array
  readonly date: Date
}

export type Acceptance =
  | { readonly ok: true; readonly queueId: string }
  /** A local mailbox had no room (RFC 3463 5.2.2); nothing was stored anywhere. */
  | { readonly ok: false; readonly fullMailbox: string }

export interface Submission {
  readonly sender: string
  readonly recipients: readonly string[]
  /** The message content after dot-unstuffing, CRLF line ends, as an octet string (lib/protocols/octets.ts). */
  readonly content: string
  readonly hop: Omit<SmtpHop, 'queueId' | 'recipients' | 'date'>
}

export class MailTransport {
  private readonly queue: OutboundMessage[] = []
  private queued = 0
  private lmtpDeliveries = 0

  constructor(private readonly store: MailStore) {}

  /** Messages accepted for other domains, oldest first. */
  get outbound(): readonly OutboundMessage[] {
    return this.queue
  }

  isLocalDomain(domain: string): boolean {
    return domain === '' || LOCAL_DOMAINS.includes(domain.toLowerCase())
  }

  /** The mailbox a local address names, if that user exists (Postfix: local_recipient_maps). */
  localUser(address: string): string | undefined {
    const { local, domain } = splitAddress(address)
    if (!this.isLocalDomain(domain)) return undefined
    return this.store.hasUser(local) ? local : undefined
  }

  /** True when the user's mailbox has no room for `size` more octets (Dovecot's quota-status). */
  isFull(user: string, size = 1): boolean {
    return this.store.bytesUsed(user) + size > this.store.quotaBytes(user)
  }

  /** Takes the message: all local copies are stored, or none (then nothing is queued either). */
  accept(submission: Submission): Acceptance {
    const date = this.store.nextInternalDate()
    const local = submission.recipients.filter((address) => this.localUser(address) !== undefined)
    const remote = submission.recipients.filter((address) => this.localUser(address) === undefined)
    const queueId = this.nextQueueId()
    const received = postfixReceived({ ...submission.hop, queueId, recipients: submission.recipients, date })
    const copies = local.map((recipient) => {
      const trace = lmtpTrace({ sender: submission.sender, recipient, lmtpId: this.nextLmtpId(), date })
      return { user: this.localUser(recipient) as string, raw: trace + received + submission.content }
    })
    const full = copies.find((copy) => this.isFull(copy.user, copy.raw.length))
    if (full) return { ok: false, fullMailbox: `${full.user}@${LOCAL_DOMAINS[0]}` }
    for (const copy of copies) this.store.append(copy.user, 'INBOX', { raw: octetsToBytes(copy.raw), internalDate: date })
    if (remote.length > 0) {
      const octets = received + submission.content
      this.queue.push({ queueId, sender: submission.sender, recipients: remote, raw: octetsAsUtf8(octets), bytes: octetsToBytes(octets), date })
    }
    return { ok: true, queueId }
  }

  /** Postfix's short queue ids are upper-case hex; these count up so runs repeat exactly. */
  private nextQueueId(): string {
    return (0x4a1c3e0000 + 0x10f9 * ++this.queued).toString(16).toUpperCase()
  }

  /** Dovecot's LMTP session ids are 22 base64 characters. */
  private nextLmtpId(): string {
    const n = ++this.lmtpDeliveries
    const bytes = [0x90, 0x39, 0xaa, 0x2f, 0x46, 0xd5, 0x53, 0x65, n & 0xff, (n >> 8) & 0xff, 0, 0, 0x59, 0x22, 0xba, 0x02]
    return btoa(String.fromCharCode(...bytes)).replace(/=+$/, '')
  }
}
