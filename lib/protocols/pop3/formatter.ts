// Puts POP3 replies on the wire (RFC 1939 §3): a status line "+OK"/"-ERR" with an optional
// RFC 2449 §8 response code, and for multi-line replies dot-stuffed data ended by ".\r\n".

import type { Pop3Reply } from './types'

const CRLF = '\r\n'

/** Formats one reply as wire text with CRLF line ends. */
export function formatReply(reply: Pop3Reply): string {
  let out: string
  if (reply.lines === undefined) out = statusLine(reply) + CRLF
  else {
    // Joined rather than appended line by line: a LIST or UIDL of 1,000 messages becomes one flat
    // string, not a chain of 2,000 pieces that the connection's ASCII check must flatten again.
    // [status, line…, ".", ""] joined by CRLF is each of them followed by CRLF.
    const lines = reply.lines
    const wire = new Array<string>(lines.length + 3)
    wire[0] = statusLine(reply)
    for (let i = 0; i < lines.length; i++) wire[i + 1] = dotStuffLine(clean(lines[i]))
    wire[lines.length + 1] = '.'
    wire[lines.length + 2] = ''
    out = wire.join(CRLF)
  }
  if (reply.message !== undefined) out += formatMessageBlock(reply.message)
  return out
}

function statusLine(reply: Pop3Reply): string {
  // RFC 5034 §4: a continuation is "+" SP base64 challenge, even when the challenge is empty.
  if (reply.status === '+') return '+ ' + clean(reply.text ?? '')
  let line: string = reply.status
  if (reply.code !== undefined) line += ` [${reply.code}]`
  if (reply.text !== undefined && reply.text !== '') line += ' ' + clean(reply.text)
  return line
}

/**
 * A message text (CRLF line ends) as RETR/TOP send it: every line that starts with "." gets one
 * more "." (RFC 1939 §3), a text that does not end in a line break gets CRLF (as Dovecot adds),
 * then the terminating ".\r\n".
 */
export function formatMessageBlock(text: string): string {
  let body = text.length > 0 && text.charCodeAt(0) === 0x2e ? '.' + text : text
  body = body.replace(/\n\./g, '\n..')
  if (!body.endsWith('\n')) body += CRLF
  return body + '.' + CRLF
}

/** RFC 1939 §3: a data line that starts with the termination octet is prefixed with one more. */
export function dotStuffLine(line: string): string {
  return line.startsWith('.') ? '.' + line : line
}

/**
 * Status and list lines may echo client text (e.g. "Unknown command: X"). A CR or LF inside it
 * would break the framing, so each is shown as "?", the way Dovecot's str_sanitize shows controls.
 */
function clean(text: string): string {
  return text.indexOf('\r') < 0 && text.indexOf('\n') < 0 ? text : text.replace(/[\r\n]/g, '?')
}
