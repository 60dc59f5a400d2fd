// The simulated mail store: users with passwords and quotas, each with an INBOX and any
// mailboxes CREATE makes. Deterministic: internal dates and UIDVALIDITY come from counters.

import { DEFAULT_QUOTA_BYTES, FIRST_INTERNAL_DATE_SECONDS, HIERARCHY_DELIMITER, UIDVALIDITY_BASE } from './constants'
import { Mailbox } from './mailbox'
import { inputOctets, MessageRecord, splitInput } from './message'
import { Subscriptions } from './subscriptions'
import type { MessageInput, StoreResult, StoredMessage, UserInput } from './types'

interface UserRecord {
  readonly name: string
  readonly password: string
  readonly quotaBytes: number
  /** Keyed by the canonical name: "INBOX" is case-insensitive (RFC 3501 §5.1), the rest are not. */
  readonly mailboxes: Map<string, Mailbox>
  readonly subscriptions: Subscriptions
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

  /**
   * RENAME (RFC 3501 §6.3.5): the mailbox and every mailbox below it in the hierarchy take the new
   * name and keep their messages and UIDVALIDITY. `from` may be a level that only holds others.
   * Subscriptions stay as they were, as on Dovecot. INBOX is refused, as Dovecot with Maildir does.
   */
  renameMailbox(user: string, from: string, to: string): StoreResult {
    const record = this.users.get(user)
    if (!record) return { ok: false, reason: 'no-such-user' }
    const source = canonicalName(from)
    if (source === 'INBOX') return { ok: false, reason: 'cannot-rename-inbox' }
    if (!isValidMailboxName(to)) return { ok: false, reason: 'invalid-name' }
    const target = canonicalName(to)
    if (target === source) return { ok: false, reason: 'rename-to-itself' }
    if (target.startsWith(source + HIERARCHY_DELIMITER)) return { ok: false, reason: 'rename-into-child' }
    const moving = [...record.mailboxes.values()].filter(
      (mailbox) => mailbox.name === source || mailbox.name.startsWith(source + HIERARCHY_DELIMITER),
    )
    if (moving.length === 0) return { ok: false, reason: 'no-such-mailbox' }
    const renamed = moving.map((mailbox) => [mailbox, target + mailbox.name.slice(source.length)] as const)
    if (renamed.some(([, name]) => record.mailboxes.has(canonicalName(name)))) return { ok: false, reason: 'mailbox-exists' }
    for (const [mailbox] of renamed) record.mailboxes.delete(canonicalName(mailbox.name))
    for (const [mailbox, name] of renamed) {
      mailbox.name = name
      record.mailboxes.set(canonicalName(name), mailbox)
    }
    return { ok: true, value: undefined }
  }

  /** The user's subscription list (RFC 3501 §6.3.6-6.3.9); empty for an unknown user. */
  subscriptions(user: string): readonly string[] {
    return this.users.get(user)?.subscriptions.all ?? []
  }

  /** SUBSCRIBE: only an existing mailbox may be subscribed (Dovecot: "Mailbox doesn't exist"). */
  subscribe(user: string, name: string): StoreResult {
    const record = this.users.get(user)
    if (!record) return { ok: false, reason: 'no-such-user' }
    if (!record.mailboxes.has(canonicalName(name))) return { ok: false, reason: 'no-such-mailbox' }
    record.subscriptions.add(canonicalName(name))
    return { ok: true, value: undefined }
  }

  /** UNSUBSCRIBE: succeeds whether or not the name was subscribed, as on Dovecot. */
  unsubscribe(user: string, name: string): StoreResult {
    const record = this.users.get(user)
    if (!record) return { ok: false, reason: 'no-such-user' }
    record.subscriptions.remove(canonicalName(name))
    return { ok: true, value: undefined }
  }

  /** Stores a message with the next UID: bytes exactly as given, text with CRLF line ends as UTF-8. */
  append(user: string, mailboxName: string, input: MessageInput, options: AppendOptions = {}): StoreResult<StoredMessage> {
    const record = this.users.get(user)
    if (!record) return { ok: false, reason: 'no-such-user' }
    const mailbox = record.mailboxes.get(canonicalName(mailboxName))
    if (!mailbox) return { ok: false, reason: 'no-such-mailbox' }
    const { raw, internalDate, flags } = splitInput(input)
    const { bytes, octets } = inputOctets(raw)
    if (!options.ignoreQuota && this.bytesUsed(user) + bytes.length > record.quotaBytes) return { ok: false, reason: 'over-quota' }
    const storedFlags = new Set((flags ?? []).filter((flag) => flag.toLowerCase() !== '\\recent'))
    const stored = mailbox.add(new MessageRecord(bytes, octets, internalDate ?? this.nextInternalDate(), storedFlags, true), options.origin)
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
      subscriptions: new Subscriptions(),
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
