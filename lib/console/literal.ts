// IMAP literals (RFC 3501 §4.3, RFC 7888 LITERAL+): a line ending in {n} (or {n+}) says that n
// octets follow on the next lines, and after them the rest of the command. The console tracks how
// many octets are still owed so it can prompt for the continuation.

import { literalAtEnd as announcedAt } from '@/lib/protocols/wire'

export interface PendingLiteral {
  /** Octets of literal data still to come; 0 means the data is complete and the command's rest follows. */
  remaining: number
  /** The n of the {n} that opened it. */
  total: number
  /** {n+}: the client need not wait for the server's "+" continuation. */
  nonSynchronizing: boolean
}

/** The literal announced at the end of a line, if any. */
export function literalAtEnd(line: string): PendingLiteral | null {
  const announced = announcedAt(line)
  return announced && { remaining: announced.size, total: announced.size, nonSynchronizing: announced.nonSynchronizing }
}

/**
 * What is owed after `line` is sent (as one line plus CRLF), given what was owed before.
 * Returns null when the command is complete.
 */
export function afterLine(pending: PendingLiteral | null, line: string): PendingLiteral | null {
  if (pending === null || pending.remaining === 0) return literalAtEnd(line)
  const bytes = new TextEncoder().encode(line)
  const sent = bytes.length + 2
  if (sent <= pending.remaining) return { ...pending, remaining: pending.remaining - sent }
  // The literal ends inside this line; what follows it is more of the command, maybe another literal.
  const rest = new TextDecoder().decode(bytes.slice(Math.min(pending.remaining, bytes.length)))
  return literalAtEnd(rest)
}

/** The prompt the console shows while a literal is pending. */
export function literalPrompt(pending: PendingLiteral): string {
  if (pending.remaining === 0) return 'Literal complete: type the rest of the command (or press Enter to end it).'
  const wait = pending.nonSynchronizing ? '' : ' The server has been asked for a "+" go-ahead first.'
  return `Literal: ${pending.remaining} of ${pending.total} octets still to type (each line end counts 2).${wait}`
}
