// A message's header as a mail list shows it (RFC 5322 §3.6.4-3.6.5): Subject, From and
// Message-ID, read from raw text with folded lines unfolded (§2.2.3), and what the header costs.
// The server's full field parser (imap/mime.ts) keeps every field; this reads only these few.

import { octetLength } from './octets'

export interface HeaderSummary {
  /** '' when absent. */
  readonly subject: string
  /** The From field as written, '' when absent. */
  readonly from: string
  /** The sender's display name, else the address without its angle brackets. */
  readonly fromName: string
  readonly messageId: string
  /** Octets of the header section with the empty line that ends it: what a header-only copy costs. */
  readonly headerBytes: number
}

/**
 * One message as a mail list shows it, wherever a list is drawn: the lab's server panel
 * (ServerMessageView), a console device's knowledge (KnownMessage) and the live store (LiveMessageView).
 */
export interface MessageListing {
  uid: number
  subject: string
  from: string
  size: number
  /** Flags as this place knows them, e.g. ["\\Seen"] (a POP3 copy has none). */
  flags: string[]
}

/** The header section: up to and including the first empty line, or all of it when there is none. */
export function headerSection(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/)
  if (end === -1) return raw
  return raw.slice(0, end + (/^\r?\n\r?\n/.exec(raw.slice(end))?.[0].length ?? 0))
}

/** The first field with this name (case-insensitive), unfolded and trimmed; '' when absent. */
export function headerField(header: string, name: string): string {
  const unfolded = header.replace(/\r?\n[ \t]+/g, ' ')
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded)
  return match ? match[1].trim() : ''
}

export function summarizeHeader(raw: string): HeaderSummary {
  const header = headerSection(raw)
  const from = headerField(header, 'From')
  const display = /^"?([^"<]+?)"?\s*<[^>]*>$/.exec(from)
  return {
    subject: headerField(header, 'Subject'),
    from,
    fromName: display ? display[1].trim() : from.replace(/[<>]/g, ''),
    messageId: headerField(header, 'Message-ID'),
    headerBytes: octetLength(header),
  }
}
