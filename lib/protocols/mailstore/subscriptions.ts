// One user's subscription list (RFC 3501 §6.3.6-6.3.7, what LSUB §6.3.9 reports). Dovecot keeps
// it apart from the mailboxes: a name may be subscribed only while its mailbox exists, but it stays
// subscribed after the mailbox is deleted or renamed, and unsubscribing an unknown name succeeds.

export class Subscriptions {
  /** Canonical names (the store upper-cases INBOX) in the order they were subscribed. */
  private readonly names = new Set<string>()

  get all(): readonly string[] {
    return [...this.names]
  }

  has(name: string): boolean {
    return this.names.has(name)
  }

  add(name: string): void {
    this.names.add(name)
  }

  remove(name: string): void {
    this.names.delete(name)
  }
}
