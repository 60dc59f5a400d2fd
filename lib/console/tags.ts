// IMAP tags (RFC 3501 §2.2.1): every command starts with a tag the client picks, and the server's
// completion result carries it back. The console suggests a1, a2, … as a client would.

const SUGGESTED_TAG = /^a(\d+)(?:\s|$)/i

/** The tag to suggest next: one past the highest aN already sent, starting at a1. */
export function nextTag(sentLines: readonly string[]): string {
  let highest = 0
  for (const line of sentLines) {
    const match = SUGGESTED_TAG.exec(line.trim())
    if (match) highest = Math.max(highest, Number(match[1]))
  }
  return `a${highest + 1}`
}

/** Splits an IMAP line into its tag and the rest ("a1 SELECT INBOX" → ["a1", "SELECT INBOX"]). */
export function splitTag(line: string): { tag: string; rest: string } {
  const trimmed = line.replace(/^\s+/, '')
  const space = trimmed.indexOf(' ')
  if (space === -1) return { tag: trimmed, rest: '' }
  return { tag: trimmed.slice(0, space), rest: trimmed.slice(space + 1) }
}
