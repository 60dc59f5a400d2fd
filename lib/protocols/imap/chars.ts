// IMAP character classes (RFC 3501 §9), in their own module so the parser and the formatter can
// both use them without importing each other.

/** RFC 3501 §9: ATOM-CHAR is any CHAR except atom-specials. */
export function isAtomChar(code: number): boolean {
  if (code <= 0x20 || code >= 0x7f) return false
  // ( ) { % * " \ ]
  return code !== 0x28 && code !== 0x29 && code !== 0x7b && code !== 0x25 && code !== 0x2a && code !== 0x22 && code !== 0x5c && code !== 0x5d
}
