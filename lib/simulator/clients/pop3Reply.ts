// Reading POP3 replies (RFC 1939 §3): a status line "+OK"/"-ERR", and for multi-line replies
// the lines up to the terminating "." with dot-stuffing undone.

export interface Pop3Reply {
  ok: boolean
  /** The status line after "+OK " or "-ERR ". */
  text: string
  /** Multi-line body lines (dot-unstuffed), empty for single-line replies. */
  lines: string[]
}

export function parsePop3Reply(reply: string, multiLine: boolean): Pop3Reply | null {
  const firstEnd = reply.indexOf('\r\n')
  if (firstEnd === -1) return null
  const status = reply.slice(0, firstEnd)
  const ok = status.startsWith('+OK')
  if (!ok && !status.startsWith('-ERR')) return null
  const text = status.replace(/^(\+OK|-ERR) ?/, '')
  if (!ok || !multiLine) return { ok, text, lines: [] }
  const body = reply.slice(firstEnd + 2)
  const terminator = body.endsWith('.\r\n') ? body.length - 3 : body.length
  const content = body.slice(0, terminator)
  const lines = content.length === 0 ? [] : content.slice(0, content.endsWith('\r\n') ? -2 : undefined).split('\r\n')
  return { ok, text, lines: lines.map((line) => (line.startsWith('..') ? line.slice(1) : line)) }
}

/** The message text of a RETR reply: the body lines joined with CRLF, ending in CRLF. */
export function retrBody(reply: Pop3Reply): string {
  return reply.lines.length === 0 ? '' : reply.lines.join('\r\n') + '\r\n'
}
