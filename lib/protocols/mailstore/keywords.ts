// A mailbox's keyword list (RFC 3501 §2.3.2 "keywords"), as Dovecot keeps it in the mailbox index:
// a keyword joins the list the first time any message gets it and stays there even when no
// message holds it any more. SELECT's FLAGS shows this list, and a new entry is announced with
// `* FLAGS` (RFC 3501 §7.2.6) to every session that has the mailbox selected.

export class KeywordList {
  private readonly names: string[] = []
  private readonly byLowerCase = new Map<string, string>()

  /** Keywords in the order they were first used. */
  get all(): readonly string[] {
    return this.names
  }

  get count(): number {
    return this.names.length
  }

  /**
   * The spelling the list already has for a keyword (keywords compare case-insensitively in
   * Dovecot: `+FLAGS (bar)` on a mailbox that knows `Bar` stores `Bar`), or the keyword itself.
   */
  canonical(keyword: string): string {
    return this.byLowerCase.get(keyword.toLowerCase()) ?? keyword
  }

  /** Adds every keyword (system flags, which start with "\", are skipped) not yet listed. */
  addFrom(flags: Iterable<string>): void {
    for (const flag of flags) {
      if (flag.startsWith('\\')) continue
      const key = flag.toLowerCase()
      if (this.byLowerCase.has(key)) continue
      this.byLowerCase.set(key, flag)
      this.names.push(flag)
    }
  }
}
