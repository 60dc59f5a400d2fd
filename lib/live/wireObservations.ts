// What a real client's conversation tells us about the copies it holds, read off the wire line by
// line: the messages it downloaded (POP3 RETR, IMAP FETCH of a body) or only peeked at (TOP, a
// header or envelope FETCH), and the POP3 deletions it marked. The live server cannot see into the
// client's own storage, so /live shows exactly this: what went over the wire in this session.

import type { LiveMailboxView } from './events'

export type LiveMessageSummary = LiveMailboxView['messages'][number]

export interface Observed {
  /** UIDs in the user's INBOX that came down: true for the whole message, false for headers only. */
  held: Record<number, boolean>
  /**
   * What each held message was when it came down (subject, size…), so a POP3 client still shows its
   * copy after the server's is deleted or moved away (a download is the client's own copy).
   */
  copies: Record<number, LiveMessageSummary>
  /** POP3: UIDs marked with DELE in this session (removed at QUIT, RFC 1939 §6; RSET unmarks, §5). */
  marked: number[]
  /** The last client line, and whether its status line (the first server line after it) has come. */
  lastClient?: string
  answered: boolean
  /** IMAP: the mailbox the client selected (sequence numbers count in it, RFC 3501 §2.3.1.2). */
  selected?: string
  /** IMAP: octets of a client literal still to come (APPEND's message), or 0 for the rest of its command line. */
  literal?: number
}

/**
 * Whether an IMAP client line is part of the command before it rather than a new command: inside
 * a literal `{n}` / `{n+}` (RFC 3501 §4.3, RFC 7888), or the rest of the command line after one.
 * Returns the literal count for the next line (undefined once the command line is complete).
 * `literal` is the count carried from the line before. Octets are counted as UTF-8 plus CRLF.
 */
export function continueLiteral(literal: number | undefined, text: string): { partOfCommand: boolean; literal: number | undefined } {
  const opens = (line: string) => {
    const marker = /\{(\d+)\+?\}$/.exec(line)
    return marker ? Number(marker[1]) : undefined
  }
  if (literal === undefined) return { partOfCommand: false, literal: opens(text) }
  if (literal > 0) {
    const after = literal - (new TextEncoder().encode(text).length + 2)
    // Still inside the literal (0: it ended with this line; the command line goes on in the next).
    if (after >= 0) return { partOfCommand: true, literal: after }
  }
  // The rest of the command line (after the literal's last octet): it may open another literal.
  return { partOfCommand: true, literal: opens(text) }
}

export const NOTHING_OBSERVED: Observed = { held: {}, copies: {}, marked: [], answered: true }

const BODY_ITEMS = /(?:^|[\s(])(?:BODY\[\]|BODY\[TEXT\]|RFC822|RFC822\.TEXT|BINARY\[\])[\s{(]/i
const HEADER_ITEMS = /(?:^|[\s(])(?:ENVELOPE|BODY\[HEADER[^\]]*\]|RFC822\.HEADER|BODYSTRUCTURE)[\s{(]/i

/** Folds one transcript line into what was observed. `inbox` is the user's INBOX as the store holds it. */
export function observeLine(
  observed: Observed,
  protocol: 'pop3' | 'imap' | 'smtp',
  direction: 'client' | 'server',
  text: string,
  inbox: LiveMailboxView | undefined,
): Observed {
  if (protocol === 'smtp') return observed
  if (direction === 'client') return observeClient(observed, protocol, text)
  const status = !observed.answered
  const next = status ? { ...observed, answered: true } : observed
  return protocol === 'pop3' ? observePop3Reply(next, status, text, inbox) : observeImapReply(next, text, inbox)
}

function observeClient(observed: Observed, protocol: 'pop3' | 'imap', text: string): Observed {
  if (protocol === 'imap') {
    const { partOfCommand, literal } = continueLiteral(observed.literal, text)
    if (partOfCommand) return { ...observed, literal }
    if (literal !== undefined) return { ...observed, lastClient: text, answered: false, literal }
  }
  const next: Observed = { ...observed, lastClient: text, answered: false, literal: undefined }
  if (protocol === 'imap') {
    // "A1 SELECT INBOX" or "A1 EXAMINE "Sent"": the mailbox sequence numbers now count in.
    const select = /^\S+\s+(?:SELECT|EXAMINE)\s+"?([^"]*)"?\s*$/i.exec(text)
    if (select) next.selected = select[1]
  }
  return next
}

function uidAt(inbox: LiveMailboxView | undefined, number: number): number | undefined {
  return Number.isInteger(number) && number > 0 ? inbox?.messages[number - 1]?.uid : undefined
}

function hold(observed: Observed, uid: number | undefined, body: boolean, inbox: LiveMailboxView | undefined): Observed {
  if (uid === undefined || observed.held[uid] === true) return observed
  const copy = inbox?.messages.find((message) => message.uid === uid)
  return { ...observed, held: { ...observed.held, [uid]: body }, copies: copy ? { ...observed.copies, [uid]: copy } : observed.copies }
}

/** POP3 numbers messages 1..n in the maildrop as it was at login (RFC 1939 §5); only the status line counts. */
function observePop3Reply(observed: Observed, status: boolean, text: string, inbox: LiveMailboxView | undefined): Observed {
  if (!status || !text.startsWith('+OK') || !observed.lastClient) return observed
  const [verb = '', first = '', second] = observed.lastClient.trim().split(/\s+/)
  const uid = uidAt(inbox, Number(first))
  switch (verb.toUpperCase()) {
    case 'RETR':
      return hold(observed, uid, true, inbox)
    case 'TOP':
      // TOP n 0 is the headers alone; TOP n k adds k body lines, still not the whole message.
      return second === undefined ? observed : hold(observed, uid, false, inbox)
    case 'DELE':
      return uid === undefined || observed.marked.includes(uid) ? observed : { ...observed, marked: [...observed.marked, uid] }
    case 'RSET':
      return observed.marked.length === 0 ? observed : { ...observed, marked: [] }
    default:
      return observed
  }
}

/** "* 3 FETCH (UID 7 BODY[] {342}": the message (by UID when given, else its number) came down. */
function observeImapReply(observed: Observed, text: string, inbox: LiveMailboxView | undefined): Observed {
  const fetch = /^\* (\d+) FETCH \((.*)$/i.exec(text)
  if (!fetch || (observed.selected ?? '').toUpperCase() !== 'INBOX') return observed
  const items = `${fetch[2]} `
  const body = BODY_ITEMS.test(items)
  if (!body && !HEADER_ITEMS.test(items)) return observed
  const uidMatch = /(?:^|[\s(])UID (\d+)/i.exec(items)
  const uid = uidMatch ? Number(uidMatch[1]) : uidAt(inbox, Number(fetch[1]))
  return hold(observed, uid, body, inbox)
}
