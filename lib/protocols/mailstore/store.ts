// The simulated mail store: users with passwords and quotas, each with an INBOX and any
// mailboxes CREATE makes. Deterministic: internal dates and UIDVALIDITY come from counters.

import { DEFAULT_QUOTA_BYTES, FIRST_INTERNAL_DATE_SECONDS, UIDVALIDITY_BASE } from './constants'
import { Mailbox } from './mailbox'
import { octetLength, toCrlf } from './normalize'
import type { MessageInput, StoreResult, StoredMessage, UserInput } from './types'

interface UserRecord {
  readonly name: string
  readonly password: string
  readonly quotaBytes: number
  /** Keyed by the canonical name: "INBOX" is case-insensitive (RFC 3501 §5.1), the rest are not. */
  readonly mailboxes: Map<string, Mailbox>
}

export interface AppendOptions {
  origin?: number
  /** Deliveries by an MDA honour the quota just as APPEND does (RFC 2087 would say NO [OVERQUOTA]). */
  ignoreQuota?: boolean
}

export class MailStore {
  private users = new Map<string, UserRecord>()
  private mailboxesCreated = 0
  private clockSeconds = FIRST_INTERNAL_DATE_SECONDS

  constructor(users: readonly UserInput[]) {
    for (const input of users) this.addUser(input)
  }

  /** Usernames compare exactly, as Dovecot's passwd-file does. */
  authenticate(user: string, password: string): boolean {
    const record = this.users.get(user)
    return record !== undefined && record.password === password
  }

  hasUser(user: string): boolean {
    return this.users.has(user)
  }

  userNames(): string[] {
    return [...this.users.keys()]
  }

  /** Mailbox names in creation order, INBOX first. */
  mailboxNames(user: string): string[] {
    const record = this.users.get(user)
    return record ? [...record.mailboxes.values()].map((mailbox) => mailbox.name) : []
  }

  mailbox(user: string, name: string): Mailbox | undefined {
    return this.users.get(user)?.mailboxes.get(canonicalName(name))
  }

  inbox(user: string): Mailbox | undefined {
    return this.mailbox(user, 'INBOX')
  }

  createMailbox(user: string, name: string): StoreResult<Mailbox> {
    const record = this.users.get(user)
    if (!record) return { ok: false, reason: 'no-such-user' }
    if (!isValidMailboxName(name)) return { ok: false, reason: 'invalid-name' }
    const key = canonicalName(name)
    if (record.mailboxes.has(key)) return { ok: false, reason: 'mailbox-exists' }
    const mailbox = new Mailbox(key === 'INBOX' ? 'INBOX' : name, UIDVALIDITY_BASE + this.mailboxesCreated++)
    record.mailboxes.set(key, mailbox)
    return { ok: true, value: mailbox }
  }

  deleteMailbox(user: string, name: string): StoreResult {
    const record = this.users.get(user)
    if (!record) return { ok: false, reason: 'no-such-user' }
    const key = canonicalName(name)
    if (key === 'INBOX') return { ok: false, reason: 'cannot-delete-inbox' }
    const mailbox = record.mailboxes.get(key)
    if (!mailbox) return { ok: false, reason: 'no-such-mailbox' }
    // Watchers of a deleted mailbox learn that every message is gone.
    mailbox.expunge(mailbox.messages.map((message) => message.uid))
    record.mailboxes.delete(key)
    return { ok: true, value: undefined }
  }

  /** Stores a message (bare LF becomes CRLF) with the next UID. */
  append(user: string, mailboxName: string, input: MessageInput, options: AppendOptions = {}): StoreResult<StoredMessage> {
    const record = this.users.get(user)
    if (!record) return { ok: false, reason: 'no-such-user' }
    const mailbox = record.mailboxes.get(canonicalName(mailboxName))
    if (!mailbox) return { ok: false, reason: 'no-such-mailbox' }
    const { raw, internalDate, flags } = typeof input === 'string' ? { raw: input, internalDate: undefined, flags: undefined } : input
    const text = toCrlf(raw)
    const size = octetLength(text)
    if (!options.ignoreQuota && this.bytesUsed(user) + size > record.quotaBytes) return { ok: false, reason: 'over-quota' }
    const stored = mailbox.add(
      {
        raw: text,
        size,
        internalDate: internalDate ?? this.nextInternalDate(),
        flags: new Set((flags ?? []).filter((flag) => flag.toLowerCase() !== '\\recent')),
        unclaimedRecent: true,
      },
      options.origin,
    )
    return { ok: true, value: stored }
  }

  bytesUsed(user: string): number {
    const record = this.users.get(user)
    if (!record) return 0
    let total = 0
    for (const mailbox of record.mailboxes.values()) total += mailbox.bytesUsed
    return total
  }

  quotaBytes(user: string): number {
    return this.users.get(user)?.quotaBytes ?? 0
  }

  private addUser(input: UserInput): void {
    this.users.set(input.name, {
      name: input.name,
      password: input.password,
      quotaBytes: input.quotaBytes ?? DEFAULT_QUOTA_BYTES,
      mailboxes: new Map(),
    })
    this.createMailbox(input.name, 'INBOX')
    for (const message of input.messages ?? []) this.append(input.name, 'INBOX', message, { ignoreQuota: true })
    for (const [name, messages] of Object.entries(input.mailboxes ?? {})) {
      if (canonicalName(name) !== 'INBOX') this.createMailbox(input.name, name)
      for (const message of messages) this.append(input.name, name, message, { ignoreQuota: true })
    }
  }

  /** The store's clock: each call is one simulated second later (deliveries date their trace headers by it). */
  nextInternalDate(): Date {
    return new Date(this.clockSeconds++ * 1000)
  }
}

/** RFC 3501 §5.1: INBOX is case-insensitive; every other name is taken as given. */
export function canonicalName(name: string): string {
  return name.toUpperCase() === 'INBOX' ? 'INBOX' : name
}

function isValidMailboxName(name: string): boolean {
  // No empty names, no control characters, no wildcards (RFC 3501 §5.1), and no empty hierarchy levels.
  if (name.length === 0 || name.length > 255) return false
  if (/[\x00-\x1f\x7f*%]/.test(name)) return false
  return !name.split('/').some((level) => level.length === 0)
}
