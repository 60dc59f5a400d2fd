// The events the live server (scripts/live) pushes to the /live page (components/live) over
// Server-Sent Events; docs/live.md "Event format". Types and constants only (and the one line
// that stands for a long reply's middle).

import type { MailProtocol } from '@/lib/protocols'
import type { MessageListing } from '@/lib/protocols/wire'

/** Live mode serves every protocol the lab knows. */
export type LiveProtocol = MailProtocol

export interface LiveLine {
  /** Counts up over the whole server, so the page can order and key lines. */
  seq: number
  direction: 'client' | 'server'
  text: string
  /** A plain-language note (content/explanations) for POP3, IMAP and SMTP lines that have one. */
  note?: string
  /** Milliseconds since the live server started. */
  at: number
}

export interface LiveConnectionView {
  id: number
  protocol: LiveProtocol
  /** address:port of the client. */
  peer: string
  /** The client's IMAP ID name (RFC 2971) when it sent one, else the peer. */
  name: string
  state: string
  user?: string
  /** The last lines only (a window): older ones are dropped to keep memory bounded. */
  transcript: LiveLine[]
}

/** A message of the live store's listing: the same shape as every mail list (lib/protocols/wire). */
export type LiveMessageView = MessageListing

export interface LiveMailboxView {
  name: string
  total: number
  /** The first messages only, at most LIVE_MAX_LISTED. */
  messages: LiveMessageView[]
}

export interface LiveOutboundView {
  from: string
  to: string[]
  subject: string
  size: number
}

export interface LiveStoreView {
  users: { name: string; quotaBytes: number; mailboxes: LiveMailboxView[] }[]
  /** Mail accepted by SMTP for other domains (it would leave the server here). */
  outbound: number
  /** The latest of those, at most LIVE_MAX_LISTED. */
  outboundMessages: LiveOutboundView[]
}

export interface LiveServerInfo {
  host: string
  ports: Record<LiveProtocol | 'http', number>
  world: string
  users: { name: string; password: string }[]
}

export type LiveEvent =
  | { type: 'snapshot'; info: LiveServerInfo; connections: LiveConnectionView[]; store: LiveStoreView }
  | { type: 'connect'; connection: LiveConnectionView }
  | { type: 'line'; id: number; line: LiveLine }
  | { type: 'state'; id: number; state: string; user?: string }
  | { type: 'name'; id: number; name: string }
  | { type: 'disconnect'; id: number; reason: DisconnectReason }
  | { type: 'refused'; protocol: LiveProtocol; peer: string; reason: 'too-many-connections' }
  | { type: 'store'; store: LiveStoreView }

export type DisconnectReason = 'client' | 'server' | 'idle' | 'flood' | 'error' | 'shutdown'

export const LIVE_TRANSCRIPT_WINDOW = 200
export const LIVE_MAX_LISTED = 100
/** Server lines shown per reply: a long RETR or FETCH shows its head, a count line, and its last line. */
export const LIVE_LINES_PER_REPLY = 40
/** The note of the line that stands for the middle of a long reply (it never went over the wire). */
export const LIVE_SKIPPED_NOTE = `Not a line on the wire: live mode shows at most ${LIVE_LINES_PER_REPLY} lines of one reply. The client received all of them; the reply's last line follows.`
/** The line standing for `count` lines of a long reply that the page is not sent. */
export function skippedLinesText(count: number): string {
  return `… ${count} more ${count === 1 ? 'line' : 'lines'} not shown`
}
export const LIVE_SKIPPED_LINES = /^… \d+ more lines? not shown$/
export const LIVE_EVENTS_PATH = '/api/live/events'
export const LIVE_STATE_PATH = '/api/live/state'
export const LIVE_DELIVER_PATH = '/api/live/deliver'
