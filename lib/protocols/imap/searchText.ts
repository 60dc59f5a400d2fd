// What SEARCH compares against (RFC 3501 §6.4.4): the text a user sees, not the stored octets.
// Header values lose their RFC 2047 encoded words; bodies lose their Content-Transfer-Encoding and
// are read in their declared charset, walking every MIME part (RFC 2046) that holds text. Both sides
// are then folded (NFKC, lower case) so "MÜNCHEN" finds "München" however either was written.

import type { StoredMessage } from '@/lib/protocols/mailstore'
import { octetsToBytes } from '@/lib/protocols/octets'
import { decodeOctets } from '@/lib/protocols/text/charsets'
import { decodeHeaderValue } from '@/lib/protocols/text/encodedWords'
import { decodeTransferEncoding } from '@/lib/protocols/text/transferEncoding'
import { headerValue, messageStructure, param, type HeaderField, type MimePart } from './mime'

/** The octets of a stored message's text: the MIME parser works on octet strings (lib/protocols/octets.ts). */
export function storedOctets(text: string): Uint8Array {
  return octetsToBytes(text)
}

/** Case- and form-insensitive comparison form (an approximation of RFC 5051 i;unicode-casemap). */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** A header field's value as shown to the user, folded for comparison. */
export function searchableHeaderValue(field: HeaderField): string {
  return foldForSearch(decodeHeaderValue(storedOctets(field.value)))
}

const bodies = new WeakMap<StoredMessage, string>()

/** The decoded text of every text part of a message, folded, one part per line; cached per message. */
export function searchableBody(message: StoredMessage): string {
  let text = bodies.get(message)
  if (text === undefined) {
    const out: string[] = []
    collectPartText(messageStructure(message), out, 0)
    text = foldForSearch(out.join('\n'))
    bodies.set(message, text)
  }
  return text
}

/** The decoded header fields ("Name: value"), folded; what TEXT searches besides the body. */
export function searchableHeader(message: StoredMessage): string {
  return messageStructure(message).fields.map((field) => `${field.name}: ${searchableHeaderValue(field)}`).join('\n')
}

function collectPartText(part: MimePart, out: string[], depth: number): void {
  if (depth > 20) return
  if (part.children) {
    for (const child of part.children) collectPartText(child, out, depth + 1)
    return
  }
  if (part.message) {
    // An attached message's header is part of the enclosing body (RFC 3501 §6.4.4 BODY).
    for (const field of part.message.fields) out.push(`${field.name}: ${decodeHeaderValue(storedOctets(field.value))}`)
    collectPartText(part.message, out, depth + 1)
    return
  }
  const type = part.contentType.type.toLowerCase()
  // Only text is searched: an image or a zip file has no words a user could be looking for.
  if (type !== 'text' && part.contentType.explicit) return
  const octets = decodeTransferEncoding(storedOctets(part.body), headerValue(part.fields, 'Content-Transfer-Encoding'))
  out.push(decodeOctets(octets, param(part.contentType, 'charset')))
}
