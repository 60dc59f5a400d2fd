// `help`, answered by the console itself (neither POP3 nor IMAP has a HELP command): the commands
// the server accepts in the connection's current state, each with how it is typed.

import type { Protocol } from '@/lib/protocols'
import { COMMAND_SYNTAX, HELP_WORDS } from '@/content/console/syntax'

/** True for a line the console answers itself instead of sending it. */
export function isHelpRequest(line: string): boolean {
  const word = line.trim().toLowerCase()
  return word === 'help' || word === '?'
}

export interface HelpInput {
  protocol: Protocol
  state: string
  closed: boolean
  /** Command names the server allows in this state (from lib/protocols' command registries). */
  allowed: readonly string[]
  /** A one-line summary of a command, if the content has one. */
  summarize?: (verb: string) => string | undefined
  /** The tag to show in IMAP examples. */
  tag?: string
}

/** The lines of the console's help reply. */
export function helpLines(input: HelpInput): string[] {
  const lines = [HELP_WORDS.heading(input.protocol, input.state)]
  if (input.closed) return [...lines, HELP_WORDS.none]
  lines.push(HELP_WORDS.allowedHeading)
  const syntax = COMMAND_SYNTAX[input.protocol]
  const tag = input.protocol === 'imap' ? `${input.tag ?? 'a1'} ` : ''
  for (const verb of input.allowed) {
    const example = syntax[verb.toUpperCase()] ?? syntax[verb.split(' ')[0].toUpperCase()] ?? verb
    const summary = input.summarize?.(verb)
    lines.push(`  ${tag}${example}${summary ? ` — ${summary}` : ''}`)
  }
  if (input.protocol === 'imap') lines.push(HELP_WORDS.imapTags)
  lines.push(HELP_WORDS.keys)
  return lines
}
