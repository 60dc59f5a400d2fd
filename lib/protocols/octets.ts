// Octets inside lib/protocols. The wire and the store deal in bytes (RFC 3501 §4.3 counts literals
// in octets, RFC 1939 §11 counts message sizes in octets). Internally the protocol code works on
// "octet strings": JavaScript strings whose every code unit is one byte, 0x00-0xFF (what Node calls
// latin1/binary). Lengths, indexOf and slice are then exact octet operations, and the parsers and
// formatters stay plain string code. See docs/protocols-octets.md.

/** True when every code unit is 7-bit: such a string is the same as text, octets or UTF-8. */
export function isAscii(text: string): boolean {
  // One regular expression scan is several times faster in V8 than a charCodeAt loop.
  return !NON_ASCII.test(text)
}

const NON_ASCII = /[^\x00-\x7f]/

const CHUNK = 0x2000

/** Bytes → octet string (one code unit per byte). */
export function bytesToOctets(bytes: Uint8Array): string {
  if (bytes.length <= CHUNK) return String.fromCharCode.apply(null, bytes as unknown as number[])
  let out = ''
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[])
  }
  return out
}

/** Octet string → bytes. Code units above 0xFF cannot occur in an octet string; they are cut to 8 bits. */
export function octetsToBytes(octets: string): Uint8Array {
  const bytes = new Uint8Array(octets.length)
  for (let i = 0; i < octets.length; i++) bytes[i] = octets.charCodeAt(i)
  return bytes
}

const encoder = new TextEncoder()
const utf8 = new TextDecoder('utf-8')
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
// WHATWG's "latin1" label is Windows-1252: ISO-8859-1 with printable characters in 0x80-0x9F.
const windows1252 = new TextDecoder('windows-1252')

/** Text (any Unicode) → its UTF-8 encoding as an octet string. */
export function utf8Octets(text: string): string {
  return isAscii(text) ? text : bytesToOctets(encoder.encode(text))
}

/** Octet string → text, reading the octets as UTF-8 (invalid sequences become U+FFFD). For display only. */
export function octetsAsUtf8(octets: string): string {
  return isAscii(octets) ? octets : utf8.decode(octetsToBytes(octets))
}

/**
 * Bytes → text for a learner-facing view: UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (a superset of ISO-8859-1), the usual charset of 8-bit mail that is not UTF-8.
 */
export function displayText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return windows1252.decode(bytes)
  }
}

/** The size in octets of text sent as UTF-8, as the simulator's byte meters count it. */
export function octetLength(text: string): number {
  return isAscii(text) ? text.length : encoder.encode(text).length
}
