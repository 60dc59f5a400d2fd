// What a device keeps of one message: its identity (IMAP UID or POP3 UIDL, and Message-ID),
// the headers shown in a list, local flags, and whether the whole body is held.

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
}

export interface ParsedHeaders {
  subject: string
  from: string
  messageId: string
  headerBytes: number
}

/** Reads Subject, From (display name, else address) and Message-ID from RFC 5322 text (CRLF). */
export function parseHeaders(raw: string): ParsedHeaders {
  const end = raw.indexOf('\r\n\r\n')
  const header = end === -1 ? raw : raw.slice(0, end + 4)
  const unfolded = header.replace(/\r\n[ \t]+/g, ' ')
  const field = (name: string): string => {
    const match = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded)
    return match ? match[1].replace(/\r$/, '').trim() : ''
  }
  const fromField = field('From')
  const display = /^"?([^"<]+?)"?\s*<[^>]*>$/.exec(fromField)
  return {
    subject: field('Subject'),
    from: display ? display[1].trim() : fromField.replace(/[<>]/g, ''),
    messageId: field('Message-ID'),
    headerBytes: utf8Length(header),
  }
}

export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** Octets a device spends on a message: the whole message, or only its header section. */
export function localBytes(message: LocalMessage): number {
  return message.hasBody ? message.size : message.headerBytes
}
