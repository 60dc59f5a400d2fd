// Small helpers shared by the POP3 and IMAP line classifiers: turning an explanation into
// ready text, and reading words off a line without ever throwing.
import { fill, type Explanation, type LineDescription } from './types'

export type Vars = Record<string, string | number>

/** Builds a LineDescription: the summary, then what it means for the mailbox, then any extra notes. */
export function describe(kind: string, e: Explanation, vars: Vars = {}, extra: string[] = []): LineDescription {
  const parts = [fill(e.summary, vars)]
  if (e.mailbox) parts.push(fill(e.mailbox, vars))
  for (const x of extra) if (x) parts.push(x)
  return { kind, text: parts.join(' '), rfc: e.rfc }
}

/** Drops a trailing CR/LF the caller may have left on the line. */
export function stripEol(line: string): string {
  return line.replace(/[\r\n]+$/, '')
}

/** Shortens a value picked from a line, so a 64 KB line cannot flood the explanation. */
export function clip(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value
}

/** The first `count` whitespace-separated words of a line (only the head of a long line is scanned). */
export function words(line: string, count = 4): string[] {
  return line.slice(0, 4096).trim().split(/\s+/).filter(Boolean).slice(0, count)
}

/** "header line" test: a field name, a colon, then anything. */
export function headerField(line: string): string | undefined {
  const m = /^([A-Za-z0-9-]{1,76}):/.exec(line)
  return m ? m[1] : undefined
}

/** Capitalises the first letter, for code summaries that begin a sentence. */
export function sentence(text: string): string {
  const t = text.charAt(0).toUpperCase() + text.slice(1)
  return /[.!?]$/.test(t) ? t : `${t}.`
}

/** Client lines longer than this get a note: real servers cap line length (Dovecot: 1,032 before login in POP3). */
export const LONG_LINE = 1000
