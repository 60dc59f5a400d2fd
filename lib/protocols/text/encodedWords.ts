// RFC 2047 encoded words in header values: `=?charset?B?base64?=` and `=?charset?Q?text?=`, decoded
// to text. Whitespace between two adjacent encoded words is dropped (§6.2), and adjacent words in the
// same charset are joined before decoding, so a character split across two words survives. Octets
// outside encoded words (raw 8-bit headers, RFC 6532) are read as UTF-8, else windows-1252.

import { decodeOctets } from './charsets'
import { decodeBase64Lenient } from './transferEncoding'

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g

/** Q encoding (RFC 2047 §4.2): "_" is a space, "=XX" an octet, anything else itself. */
function decodeQ(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  let length = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '_') out[length++] = 0x20
    else if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out[length++] = parseInt(text.slice(i + 1, i + 3), 16)
      i += 2
    } else out[length++] = char.charCodeAt(0) & 0xff
  }
  return out.subarray(0, length)
}

function wordOctets(encoding: string, text: string): Uint8Array {
  if (encoding === 'B' || encoding === 'b') return decodeBase64Lenient(Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff))
  return decodeQ(text)
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0
  for (const chunk of chunks) size += chunk.length
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

/** A header value's octets (unfolded) as the text a mail client shows. */
export function decodeHeaderValue(octets: Uint8Array): string {
  // Encoded words are ASCII; a one-char-per-octet view finds them without decoding anything else.
  let view = ''
  for (let i = 0; i < octets.length; i += 4096) view += String.fromCharCode(...octets.subarray(i, i + 4096))
  let out = ''
  let position = 0
  let pending: { charset: string; chunks: Uint8Array[] } | undefined
  const flush = () => {
    if (pending) out += decodeOctets(concat(pending.chunks), pending.charset)
    pending = undefined
  }
  for (const match of view.matchAll(ENCODED_WORD)) {
    const start = match.index
    const between = view.slice(position, start)
    const [, charset, encoding, text] = match
    const adjacent = pending !== undefined && /^[ \t\r\n]*$/.test(between)
    if (!adjacent) {
      flush()
      out += decodeOctets(octets.subarray(position, start))
    }
    const label = charset.toLowerCase()
    if (pending && pending.charset !== label) flush()
    pending ??= { charset: label, chunks: [] }
    pending.chunks.push(wordOctets(encoding, text))
    position = start + match[0].length
  }
  flush()
  return out + decodeOctets(octets.subarray(position))
}
