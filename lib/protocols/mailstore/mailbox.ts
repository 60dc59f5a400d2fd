// One mailbox: its messages in UID order, UIDVALIDITY and UIDNEXT (RFC 3501 §2.3.1.1),
// and the sessions watching it, which the store tells of every change.

import { KeywordList } from './keywords'
import type { MessageRecord } from './message'
import type { MailboxChange, MailboxListener, StoredMessage } from './types'

export class Mailbox {
  /** Changes only through the store's RENAME (RFC 3501 §6.3.5), which keeps UIDVALIDITY as Dovecot does. */
  name: string
  readonly uidValidity: number
  /** Every keyword a message here ever had (RFC 3501 §7.2.6 FLAGS), as Dovecot's index keeps it. */
  readonly keywords = new KeywordList()
  uidNext = 1
  private records: MessageRecord[] = []
  private listeners = new Set<MailboxListener>()
  /** How many messages no session has claimed as \Recent yet: lets later sessions skip the lookups. */
  private unclaimed = 0

  constructor(name: string, uidValidity: number) {
    this.name = name
    this.uidValidity = uidValidity
  }

  /** Messages in ascending UID order (the order of IMAP sequence numbers and POP3 message numbers). */
  get messages(): readonly StoredMessage[] {
    return this.records
  }

  get bytesUsed(): number {
    let total = 0
    for (const record of this.records) total += record.size
    return total
  }

  byUid(uid: number): StoredMessage | undefined {
    return this.findRecord(uid)
  }

  /** Adds a record with the next UID and tells the watchers. */
  add(stored: MessageRecord, origin?: number): StoredMessage {
    stored.uid = this.uidNext++
    this.keywords.addFrom(stored.flags)
    this.records.push(stored)
    if (stored.unclaimedRecent) this.unclaimed++
    this.emit({ kind: 'append', uid: stored.uid, origin })
    return stored
  }

  /** Replaces a message's stored flags; \Recent is never stored. Returns false for an unknown UID. */
  setFlags(uid: number, flags: Iterable<string>, origin?: number): boolean {
    const record = this.findRecord(uid)
    if (!record) return false
    const next = new Set<string>()
    for (const flag of flags) if (flag.toLowerCase() !== '\\recent') next.add(flag)
    this.keywords.addFrom(next)
    if (sameSet(record.flags, next)) return true
    record.flags = next
    this.emit({ kind: 'flags', uid, origin })
    return true
  }

  /**
   * Takes the \Recent claim on a message (RFC 3501 §2.3.2: only one session sees it as recent).
   * Returns true when the caller is that session.
   */
  claimRecent(uid: number): boolean {
    if (this.unclaimed === 0) return false
    const record = this.findRecord(uid)
    if (!record || !record.unclaimedRecent) return false
    record.unclaimedRecent = false
    this.unclaimed--
    return true
  }

  /** Removes messages for good. Only committed deletes call this (POP3 UPDATE, IMAP EXPUNGE). */
  expunge(uids: Iterable<number>, origin?: number): number[] {
    const doomed = new Set(uids)
    const removed: number[] = []
    this.records = this.records.filter((record) => {
      if (!doomed.has(record.uid)) return true
      removed.push(record.uid)
      if (record.unclaimedRecent) this.unclaimed--
      return false
    })
    if (removed.length > 0) this.emit({ kind: 'expunge', uids: removed, origin })
    return removed
  }

  subscribe(listener: MailboxListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(change: MailboxChange): void {
    for (const listener of this.listeners) listener(change)
  }

  private findRecord(uid: number): MessageRecord | undefined {
    // Records are in ascending UID order, so a binary search finds any UID in O(log n).
    let low = 0
    let high = this.records.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const candidate = this.records[middle]
      if (candidate.uid === uid) return candidate
      if (candidate.uid < uid) low = middle + 1
      else high = middle - 1
    }
    return undefined
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false
  for (const item of a) if (!b.has(item)) return false
  return true
}
