// One POP3 session's view of the INBOX (RFC 1939 §5, §6, §8): message numbers fixed at login,
// deletion marks that only QUIT commits, and Dovecot's pending \Seen for RETR.
// Invariant: nothing here changes the store except commit() (QUIT) and release() (flags only).

import type { Mailbox } from '../mailstore'
import { err, type Pop3Reply } from './replies'

export class Maildrop {
  /**
   * The snapshot at login, message number n at index n - 1: each message's UID, and its octet
   * count then (LIST and STAT keep reporting it: Dovecot caches message_sizes). Two typed arrays
   * rather than an object per message, so a login to 1,000 messages allocates two blocks.
   */
  private readonly uids: Float64Array
  private readonly sizes: Float64Array
  /** The UIDVALIDITY half of every UIDL string, computed once per session. */
  private readonly validityHex: string
  private readonly deleted = new Set<number>()
  /** Messages RETR sent that were not \Seen yet; Dovecot stores \Seen when the session ends. */
  private readonly seen = new Set<number>()
  /** Dovecot's client->deleted: a DELE happened since login or the last RSET. */
  private deletedSinceReset = false
  /** Dovecot's highest_expunged_fetch_msgnum: fetching an expunged message twice is a bad command. */
  private highestExpungedFetch = 0

  private constructor(
    private readonly mailbox: Mailbox | undefined,
    private readonly sessionId: number,
  ) {
    const messages = mailbox?.messages ?? []
    this.uids = new Float64Array(messages.length)
    this.sizes = new Float64Array(messages.length)
    for (let index = 0; index < messages.length; index++) {
      this.uids[index] = messages[index].uid
      this.sizes[index] = messages[index].size
    }
    this.validityHex = hex8(mailbox?.uidValidity ?? 0)
  }

  /** The view before login: no messages. */
  static empty(): Maildrop {
    return new Maildrop(undefined, 0)
  }

  /**
   * Opens INBOX at login. Dovecot opens it with MAILBOX_FLAG_DROP_RECENT, so this session takes
   * \Recent from every message present now: a later IMAP SELECT sees them as not recent.
   */
  static open(mailbox: Mailbox, sessionId: number): Maildrop {
    const drop = new Maildrop(mailbox, sessionId)
    for (const uid of drop.uids) mailbox.claimRecent(uid)
    return drop
  }

  /** Messages in the snapshot, deleted or not. */
  get total(): number {
    return this.uids.length
  }

  /** STAT (RFC 1939 §5): messages not marked deleted, and their octets. */
  stat(): { count: number; octets: number } {
    let count = 0
    let octets = 0
    for (let index = 0; index < this.sizes.length; index++) {
      if (this.deleted.has(index)) continue
      count++
      octets += this.sizes[index]
    }
    return { count, octets }
  }

  /** Message numbers (1-based) not marked deleted, in order. */
  liveNumbers(): number[] {
    const numbers: number[] = []
    for (let index = 0; index < this.uids.length; index++) if (!this.deleted.has(index)) numbers.push(index + 1)
    return numbers
  }

  size(index: number): number {
    return this.sizes[index] ?? 0
  }

  /** Dovecot's default pop3_uidl_format %08Xu%08Xv: UID then UIDVALIDITY, 8 hex digits each. */
  uidl(index: number): string {
    const uid = this.uids[index] ?? 0
    return hex8(uid) + this.validityHex
  }

  /**
   * The index of message `number`, or the reply Dovecot's get_msgnum gives once the syntax is
   * fine (arguments.ts): in range and not marked deleted (RFC 1939 §5: "may not refer to a
   * message marked as deleted").
   */
  find(number: number): number | Pop3Reply {
    if (number === 0 || number > this.uids.length) return err(`There's no message ${number}.`, { bad: true })
    if (this.deleted.has(number - 1)) return err('Message is deleted.', { bad: true })
    return number - 1
  }

  /**
   * The message text for RETR/TOP, or the reply Dovecot gives when another session expunged it
   * meanwhile (asking again for the same or an earlier one counts as a bad command).
   */
  fetch(index: number): string | Pop3Reply {
    const uid = this.uids[index]
    const message = uid !== undefined ? this.mailbox?.byUid(uid) : undefined
    if (message) return message.octets
    const again = index <= this.highestExpungedFetch
    this.highestExpungedFetch = Math.max(this.highestExpungedFetch, index)
    return err(`Message ${index + 1} expunged.`, { bad: again })
  }

  /** RETR (not TOP) remembers \Seen for a message that does not have it yet. */
  noteRetrieved(index: number): void {
    const uid = this.uids[index]
    const message = uid !== undefined ? this.mailbox?.byUid(uid) : undefined
    if (message && !message.flags.has('\\Seen')) this.seen.add(index)
  }

  /** DELE (RFC 1939 §5): only marks. */
  markDeleted(index: number): void {
    this.deleted.add(index)
    this.deletedSinceReset = true
  }

  /** RSET (RFC 1939 §5): unmarks everything; Dovecot also forgets the pending \Seen. */
  reset(): void {
    this.deleted.clear()
    this.seen.clear()
    this.deletedSinceReset = false
  }

  /** Whether QUIT says "messages deleted" (Dovecot's client->deleted). */
  get hasDeletions(): boolean {
    return this.deletedSinceReset
  }

  /**
   * The UPDATE state (RFC 1939 §6): store the pending \Seen, then remove the marked messages.
   * Returns the UIDs removed (a message another session expunged already is simply not there).
   */
  commit(): number[] {
    this.storeSeen(true)
    if (!this.mailbox || this.deleted.size === 0) return []
    const uids = [...this.deleted].map((index) => this.uids[index])
    this.deleted.clear()
    return this.mailbox.expunge(uids, this.sessionId)
  }

  /**
   * The session ends without QUIT (dropped, or closed by the server): nothing is deleted
   * (RFC 1939 §6), but Dovecot still stores \Seen for what RETR sent (client_destroy).
   */
  release(): void {
    this.storeSeen(false)
  }

  /** Without QUIT no message is removed, so even a marked one gets its \Seen (as in Dovecot). */
  private storeSeen(skipDeleted: boolean): void {
    if (!this.mailbox) return
    for (const index of this.seen) {
      if (skipDeleted && this.deleted.has(index)) continue
      const message = this.mailbox.byUid(this.uids[index])
      if (message) this.mailbox.setFlags(message.uid, [...message.flags, '\\Seen'], this.sessionId)
    }
    this.seen.clear()
  }
}

/** hex8 of the UIDs met so far: UIDL of a 1,000-message maildrop needs them at every session. */
const hexOfSmallValues: string[] = []
const HEX_CACHE_LIMIT = 1 << 20

function hex8(value: number): string {
  if (value >= 0 && value < HEX_CACHE_LIMIT && Number.isInteger(value)) {
    return (hexOfSmallValues[value] ??= value.toString(16).padStart(8, '0'))
  }
  return value.toString(16).padStart(8, '0')
}
