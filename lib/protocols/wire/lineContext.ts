// Where one line sits in a conversation, as far as the wire tells: the structure an explanation
// needs before it chooses its words. Which lines are literal data and which literals a line
// announces are read here, once (RFC 3501 §4.3, RFC 7888), so the explanations in content/ hold
// words only. POP3's multi-line bodies come from markServerLines, which callers pass in.

import type { MailProtocol } from '../session'
import { literalAnnouncedBy, literalAtEnd, type LiteralAnnouncement } from './literals'

/** What the caller knows from the transcript around a line. */
export interface LinePosition {
  /** The last line the client sent before this one (for a server line: the command being answered). */
  readonly previousClientLine?: string
  /**
   * The line is data, not protocol: inside a POP3 multi-line reply or IMAP literal data
   * (markServerLines), or an SMTP client line of message content after DATA's 354.
   */
  readonly inMultiline?: boolean
}

/** The position, with what the wire reader found in the line and the line before it. */
export interface LineContext extends LinePosition {
  /** The literal this line announces at its end ({n} or {n+}); a server "+" line announces none. */
  readonly literal?: LiteralAnnouncement
  /** The literal the previous client line announced: a server "+" after it is the go-ahead. */
  readonly previousLiteral?: LiteralAnnouncement
}

/** Drops a line end the caller may have left on the line. */
function withoutEnding(line: string): string {
  return line.replace(/[\r\n]+$/, '')
}

/**
 * Reads the structure of one line. For IMAP, a client line after a line that announced a literal
 * is that literal's data (`inMultiline`). POP3 and SMTP lines announce no literals.
 */
export function lineContext(protocol: MailProtocol, direction: 'client' | 'server', line: string, position: LinePosition = {}): LineContext {
  const context: LineContext = { ...position }
  if (protocol !== 'imap') return context
  const text = withoutEnding(typeof line === 'string' ? line : String(line))
  const literal = (direction === 'client' ? literalAtEnd(text) : literalAnnouncedBy(text)) ?? undefined
  const previous = position.previousClientLine
  const previousLiteral = previous === undefined ? undefined : (literalAtEnd(withoutEnding(previous)) ?? undefined)
  return {
    ...context,
    ...(literal ? { literal } : {}),
    ...(previousLiteral ? { previousLiteral } : {}),
    ...(direction === 'client' && previousLiteral ? { inMultiline: true } : {}),
  }
}
