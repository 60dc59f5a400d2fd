// `help`, answered by the console itself (neither POP3 nor IMAP has a HELP command): the commands
// the server accepts in the connection's current state, each with how it is typed.

import type { Protocol } from '@/lib/protocols'

/** True for a line the console answers itself instead of sending it. */
export function isHelpRequest(line: string): boolean {
  const word = line.trim().toLowerCase()
  return word === 'help' || word === '?'
}

/** The words help is made of: content/console/syntax.ts supplies them. */
export interface HelpWords {
  /** One example line per command, by protocol and command name (IMAP without its tag). */
  syntax: Readonly<Record<Protocol, Readonly<Record<string, string>>>>
  heading: (protocol: Protocol, state: string) => string
  allowedHeading: string
  none: string
  imapTags: string
  keys: string
}

export interface HelpInput {
  words: HelpWords
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
  const words = input.words
  const lines = [words.heading(input.protocol, input.state)]
  if (input.closed) return [...lines, words.none]
  lines.push(words.allowedHeading)
  const syntax = words.syntax[input.protocol]
  const tag = input.protocol === 'imap' ? `${input.tag ?? 'a1'} ` : ''
  for (const verb of input.allowed) {
    const example = syntax[verb.toUpperCase()] ?? syntax[verb.split(' ')[0].toUpperCase()] ?? verb
    const summary = input.summarize?.(verb)
    lines.push(`  ${tag}${example}${summary ? ` — ${summary}` : ''}`)
  }
  if (input.protocol === 'imap') lines.push(words.imapTags)
  lines.push(words.keys)
  return lines
}
