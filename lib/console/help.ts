// `help`, answered by the console itself: the commands the server accepts in the connection's
// current state, each with how it is typed. POP3 and IMAP have no HELP command, so "help" and "?"
// are the console's. SMTP has one of its own (RFC 5321 §4.1.1.8), so in an SMTP tab "HELP" goes to
// the server and only "?" asks the console; while a message is being written (after DATA's 354)
// every line, "?" too, is message content.

import type { MailProtocol } from '@/lib/protocols'

/** True for a line the console answers itself instead of sending it. */
export function isHelpRequest(line: string, protocol: MailProtocol = 'pop3'): boolean {
  const word = line.trim().toLowerCase()
  if (protocol === 'smtp') return word === '?'
  return word === 'help' || word === '?'
}

/** The words help is made of: content/console/syntax.ts supplies them. */
export interface HelpWords {
  /** One example line per command, by protocol and command name (IMAP without its tag). */
  syntax: Readonly<Record<MailProtocol, Readonly<Record<string, string>>>>
  heading: (protocol: MailProtocol, state: string) => string
  allowedHeading: string
  none: string
  imapTags: string
  /** SMTP: the usual order of a session, and what happens after DATA. */
  smtpSteps: string
  /** SMTP: how to log in as a user, with the AUTH PLAIN line ready to type. */
  smtpLogin: (user: string, line: string) => string
  keys: string
}

export interface HelpInput {
  words: HelpWords
  protocol: MailProtocol
  state: string
  closed: boolean
  /** Command names the server allows in this state (from lib/protocols' command registries). */
  allowed: readonly string[]
  /** A one-line summary of a command, if the content has one. */
  summarize?: (verb: string) => string | undefined
  /** The tag to show in IMAP examples. */
  tag?: string
  /** SMTP: the world's users and passwords, for the AUTH PLAIN lines help shows. */
  logins?: readonly { name: string; password: string }[]
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
  if (input.protocol === 'smtp') {
    lines.push(words.smtpSteps)
    for (const login of input.logins ?? []) lines.push(words.smtpLogin(login.name, `AUTH PLAIN ${plainCredentials(login.name, login.password)}`))
  }
  lines.push(words.keys)
  return lines
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * The AUTH PLAIN initial response for a user (RFC 4616 §2): base64 of an empty authorization
 * identity, NUL, the user name, NUL, the password. Encoded, not encrypted.
 */
export function plainCredentials(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`\u0000${user}\u0000${password}`)
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]]
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    out += BASE64_ALPHABET[(n >> 18) & 63] + BASE64_ALPHABET[(n >> 12) & 63]
    out += b === undefined ? '=' : BASE64_ALPHABET[(n >> 6) & 63]
    out += c === undefined ? '=' : BASE64_ALPHABET[n & 63]
  }
  return out
}
