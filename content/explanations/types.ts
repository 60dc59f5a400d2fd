// The shapes of learner-facing explanations. Words are plain data (no JSX) so the UI can
// translate them later; `{{name}}` marks a value filled in from the line being explained.

import type { MailProtocol } from '@/lib/protocols'

/** Every protocol with explanations: the two that read mail (POP3, IMAP) and the one that sends it (SMTP). */
export type Protocol = MailProtocol
export type Direction = 'client' | 'server'

/** One explanation: a plain sentence, where the rule is written down, and what it does to your mail. */
export interface Explanation {
  /** One or two short sentences a 15-year-old understands. May hold `{{name}}` placeholders. */
  summary: string
  /** Where the rule lives, e.g. "RFC 1939 §5". */
  rfc: string
  /** What it means for the learner's mailbox, when it changes or reveals something. */
  mailbox?: string
}

/** A command the client can type, with how it is written. */
export interface CommandExplanation extends Explanation {
  /** How the command is written, e.g. "DELE n". */
  syntax: string
}

/** What the caller knows about where a line sits in the conversation. */
export interface LineContext {
  /** The last line the client sent before this one (for a server line: the command being answered). */
  previousClientLine?: string
  /**
   * True when the line sits inside a multi-line POP3 reply or inside an IMAP literal; for an SMTP
   * client line, when it is message content sent after DATA's 354 (up to and including the ".").
   */
  inMultiline?: boolean
}

/** A line, classified: which explanation fits it, and the values picked out of it. */
export interface LineDescription {
  /** A stable id for the kind of line, e.g. "pop3.server.err.no-such-message" or "imap.client.FETCH". */
  kind: string
  /** The explanation with its placeholders filled in, ready to show. */
  text: string
  /** Where the rule lives. */
  rfc: string
}

/** Fills `{{name}}` placeholders; unknown names are left as they are. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  )
}
