// Tab completion of command names. POP3 and SMTP lines start with the command (RFC 1939 §3,
// RFC 5321 §4.1.1); IMAP lines start with a tag, then the command (RFC 3501 §2.2.1), so for IMAP
// the tag is filled in too. SMTP's MAIL and RCPT complete to "MAIL FROM:<" and "RCPT TO:<", the
// way RFC 5321 §4.1.1.2–3 writes them (no space after the colon).

import type { MailProtocol } from '@/lib/protocols'
import { nextTag, splitTag } from './tags'

export interface Completion {
  /** The input's new text. Unchanged when nothing (or nothing more) can be completed. */
  text: string
  /** The candidates that match, when there is more than one (for the learner to see). */
  options: string[]
}

/**
 * Completes the command name at the start of a line (after the tag, for IMAP).
 * `commands` are upper-case names, possibly of two words ("UID FETCH").
 * `sentLines` are the lines already sent on this connection, for the next IMAP tag.
 */
export function completeLine(
  input: string,
  protocol: MailProtocol,
  commands: readonly string[],
  sentLines: readonly string[] = [],
): Completion {
  if (protocol === 'pop3') return completeVerb('', input.replace(/^\s+/, ''), commands) ?? { text: input, options: [] }
  if (protocol === 'smtp') return completeSmtp(input, commands)

  const tag = nextTag(sentLines)
  if (input.trim() === '') return { text: `${tag} `, options: [] }
  const { tag: first, rest } = splitTag(input)
  if (!input.replace(/^\s+/, '').includes(' ')) {
    // One word: a command typed without a tag gets the suggested tag in front of it.
    const asVerb = completeVerb(`${tag} `, first, commands)
    if (asVerb) return asVerb
    return { text: input, options: [] }
  }
  return completeVerb(`${first} `, rest, commands) ?? { text: input, options: [] }
}

/** The way MAIL and RCPT are written after their verb (RFC 5321 §4.1.1.2, §4.1.1.3). */
const SMTP_PATHS: Readonly<Record<string, string>> = { 'MAIL ': 'MAIL FROM:<', 'RCPT ': 'RCPT TO:<' }

function completeSmtp(input: string, commands: readonly string[]): Completion {
  const typed = input.replace(/^\s+/, '')
  const completion = completeVerb('', typed, commands)
  if (completion) return { ...completion, text: SMTP_PATHS[completion.text] ?? completion.text }
  // "MAIL" typed in full (or "MAIL " with nothing after it) still gets its "FROM:<".
  const path = SMTP_PATHS[`${typed.trim().toUpperCase()} `]
  return path && /^\S+\s?$/.test(typed) ? { text: path, options: [] } : { text: input, options: [] }
}

function completeVerb(prefix: string, typed: string, commands: readonly string[]): Completion | null {
  const upper = typed.toUpperCase()
  const matches = unique(commands.map((command) => command.toUpperCase())).filter((command) => command.startsWith(upper))
  // Once the command name is complete and arguments follow, there is nothing to complete.
  if (matches.length === 0) return null
  if (matches.length === 1) {
    const [only] = matches
    if (typed.length > only.length) return null
    return { text: `${prefix}${only} `, options: [] }
  }
  const common = commonPrefix(matches)
  const text = common.length > typed.length ? `${prefix}${common}` : `${prefix}${typed}`
  return { text, options: matches }
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? ''
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)]
}
