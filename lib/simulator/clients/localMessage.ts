// What a device keeps of one message: its identity (IMAP UID or POP3 UIDL, and Message-ID),
// the headers shown in a list, local flags, and whether the whole body is held.

import { summarizeHeader } from '@/lib/protocols/wire'

export interface LocalMessage {
  /** IMAP: the server UID. POP3: null (the client only knows the UIDL string). */
  uid: number | null
  /** POP3: the UIDL string (RFC 1939 §7). IMAP: null. */
  uidl: string | null
  messageId: string
  subject: string
  from: string
  /** Octets of the whole message (RFC822.SIZE or the POP3 LIST size). */
  size: number
  /** Octets of the header section, what a header-only copy costs. */
  headerBytes: number
  seen: boolean
  flagged: boolean
  /** IMAP: \Deleted set, not yet expunged. */
  deleted: boolean
  hasBody: boolean
  /** IMAP: filed by the user in this folder; the UID MOVE waits for the next session. */
  movingTo?: string
}

export interface ParsedHeaders {
  subject: string
  from: string
  messageId: string
  headerBytes: number
}

/** Subject, From (display name, else address), Message-ID and header octets, read by the wire reader. */
export function parseHeaders(raw: string): ParsedHeaders {
  const summary = summarizeHeader(raw)
  return { subject: summary.subject, from: summary.fromName, messageId: summary.messageId, headerBytes: summary.headerBytes }
}

/** Octets a device spends on a message: the whole message, or only its header section. */
export function localBytes(message: LocalMessage): number {
  return message.hasBody ? message.size : message.headerBytes
}
