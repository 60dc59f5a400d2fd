// One session's view of its selected mailbox (RFC 3501 §6.3.1, §7.3-7.4): message numbers,
// \Recent claims (§2.3.2) and the changes other sessions made that it has not yet been told of.

import type { Mailbox, MailboxChange, StoredMessage } from '@/lib/protocols/mailstore'
import { fetchLine, flagList } from './formatter'
import { mailboxFlagLines } from './mailboxFlags'

export class Selection {
  readonly mailbox: Mailbox
  readonly readOnly: boolean
  /** The session's message numbers: view[seq - 1]. Expunged messages stay until reported. */
  private view: StoredMessage[]
  /** UIDs this session sees as \Recent. */
  private recent = new Set<number>()
  private reportedRecent: number
  private pendingFlags = new Set<number>()
  private pendingExpunge = new Set<number>()
  private pendingAppend = false
  /** How many of the mailbox's keywords this session has been told of (SELECT tells them all). */
  private announcedKeywords: number
  private readonly stopWatching: () => void

  constructor(mailbox: Mailbox, readOnly: boolean, sessionId: number) {
    this.mailbox = mailbox
    this.readOnly = readOnly
    this.view = [...mailbox.messages]
    for (const message of this.view) this.takeRecent(message)
    this.reportedRecent = this.recent.size
    this.announcedKeywords = mailbox.keywords.count
    this.stopWatching = mailbox.subscribe((change) => this.onChange(change, sessionId))
  }

  get count(): number {
    return this.view.length
  }

  get recentCount(): number {
    return this.recent.size
  }

  get messages(): readonly StoredMessage[] {
    return this.view
  }

  /** The message with this number (1-based). */
  at(seq: number): StoredMessage {
    return this.view[seq - 1]
  }

  /** Its message number, or 0 when the view does not hold it. */
  seqOf(uid: number): number {
    let low = 0
    let high = this.view.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const candidate = this.view[middle].uid
      if (candidate === uid) return middle + 1
      if (candidate < uid) low = middle + 1
      else high = middle - 1
    }
    return 0
  }

  isRecent(uid: number): boolean {
    return this.recent.has(uid)
  }

  /** False once the message has left the mailbox (another session expunged it). */
  isLive(message: StoredMessage): boolean {
    return this.mailbox.byUid(message.uid) === message
  }

  flagsOf(message: StoredMessage): string {
    return flagList(message.flags, this.recent.has(message.uid))
  }

  /** The first unseen message's number, or 0 (SELECT's [UNSEEN n], RFC 3501 §6.3.1). */
  firstUnseen(): number {
    const index = this.view.findIndex((message) => !message.flags.has('\\Seen'))
    return index + 1
  }

  /** Removes messages this session expunged itself; the next sync reports them. */
  noteOwnExpunge(uids: readonly number[]): void {
    for (const uid of uids) this.pendingExpunge.add(uid)
  }

  /**
   * `* FLAGS` and `* OK [PERMANENTFLAGS]` again when a keyword joined the mailbox's list since this
   * session was last told (RFC 3501 §7.2.6; Dovecot's client_send_mailbox_flags), else nothing.
   */
  keywordUpdate(): string[] {
    const keywords = this.mailbox.keywords
    if (keywords.count === this.announcedKeywords) return []
    this.announcedKeywords = keywords.count
    return mailboxFlagLines(keywords.all, this.readOnly)
  }

  /**
   * The untagged updates owed to the client (RFC 3501 §7.4.1, §7.3.1-2), in Dovecot's order:
   * new keywords (FLAGS), flag changes, EXPUNGEs in descending order, EXISTS, RECENT. `allowExpunge` is false
   * during FETCH, STORE, SEARCH and COPY, which must not shift message numbers.
   */
  sync(allowExpunge: boolean, withUid: boolean): string[] {
    const lines = this.keywordUpdate()
    const expunging = allowExpunge && this.pendingExpunge.size > 0
    if (this.pendingFlags.size > 0) {
      const seqs: number[] = []
      for (const uid of this.pendingFlags) {
        if (expunging && this.pendingExpunge.has(uid)) continue
        const seq = this.seqOf(uid)
        if (seq > 0) seqs.push(seq)
      }
      this.pendingFlags.clear()
      seqs.sort((a, b) => a - b)
      for (const seq of seqs) {
        const message = this.view[seq - 1]
        const flags = `FLAGS ${this.flagsOf(message)}`
        lines.push(fetchLine(seq, withUid ? [`UID ${message.uid}`, flags] : [flags]))
      }
    }
    if (expunging) {
      for (let seq = this.view.length; seq >= 1; seq--) {
        const uid = this.view[seq - 1].uid
        if (!this.pendingExpunge.has(uid)) continue
        lines.push(`* ${seq} EXPUNGE`)
        this.recent.delete(uid)
      }
      this.view = this.view.filter((message) => !this.pendingExpunge.has(message.uid))
      this.pendingExpunge.clear()
    }
    if (this.pendingAppend) {
      this.pendingAppend = false
      const last = this.view.length > 0 ? this.view[this.view.length - 1].uid : 0
      const all = this.mailbox.messages
      let start = all.length
      while (start > 0 && all[start - 1].uid > last) start--
      if (start < all.length) {
        for (let i = start; i < all.length; i++) {
          this.view.push(all[i])
          this.takeRecent(all[i])
        }
        lines.push(`* ${this.view.length} EXISTS`)
      }
    }
    if (this.recent.size !== this.reportedRecent) {
      this.reportedRecent = this.recent.size
      lines.push(`* ${this.recent.size} RECENT`)
    }
    return lines
  }

  /** Stops listening to the mailbox (UNSELECT, CLOSE, SELECT of another, LOGOUT, drop). */
  close(): void {
    this.stopWatching()
  }

  private takeRecent(message: StoredMessage): void {
    // EXAMINE shows \Recent but must not take it away from others (RFC 3501 §6.3.2).
    const recent = this.readOnly ? message.unclaimedRecent : this.mailbox.claimRecent(message.uid)
    if (recent) this.recent.add(message.uid)
  }

  private onChange(change: MailboxChange, sessionId: number): void {
    switch (change.kind) {
      case 'append':
        this.pendingAppend = true
        break
      case 'flags':
        // A session's own changes are reported by the command that made them (or silenced).
        if (change.origin !== sessionId && this.seqOf(change.uid) > 0) this.pendingFlags.add(change.uid)
        break
      case 'expunge':
        for (const uid of change.uids) if (this.seqOf(uid) > 0) this.pendingExpunge.add(uid)
        break
    }
  }
}
