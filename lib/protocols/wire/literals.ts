// IMAP literals (RFC 3501 §4.3; {n+} is RFC 7888's non-synchronising form): a line that ends in
// {n} says n octets follow. A continuation request ("+ …") never announces one.

export interface LiteralAnnouncement {
  /** Octets of literal data that follow the line. */
  readonly size: number
  /** {n+}: the sender does not wait for a "+" go-ahead (RFC 7888). */
  readonly nonSynchronizing: boolean
}

const LITERAL_AT_END = /\{(\d+)(\+?)\}$/

/** The literal announced at the end of a line, if any; "+" continuation lines announce none. */
export function literalAnnouncedBy(line: string): LiteralAnnouncement | null {
  if (line.startsWith('+')) return null
  return literalAtEnd(line)
}

/** The {n} or {n+} at the end of any text (a client's command line included). */
export function literalAtEnd(text: string): LiteralAnnouncement | null {
  const match = LITERAL_AT_END.exec(text)
  return match ? { size: Number(match[1]), nonSynchronizing: match[2] === '+' } : null
}
