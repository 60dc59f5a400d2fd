// Turning message octets into text for SEARCH (RFC 3501 §6.4.4) with the platform's own decoder:
// TextDecoder (WHATWG Encoding Standard) is in every browser and in Node 20 (full ICU), costs no
// bundle weight and knows every charset a mail client sends. See docs/protocols-imap.md.
//
// Note: the Encoding Standard maps the labels "iso-8859-1" and "us-ascii" to windows-1252, a superset
// that differs only in 0x80-0x9F (C1 controls in ISO-8859-1, which no text uses), as browsers do.

/** The charsets SEARCH accepts in CHARSET (RFC 3501 §6.4.4); others get NO [BADCHARSET (...)]. */
export const SEARCH_CHARSETS = ['US-ASCII', 'UTF-8', 'ISO-8859-1', 'ISO-8859-15', 'WINDOWS-1252'] as const

export function isSearchCharset(name: string): boolean {
  return (SEARCH_CHARSETS as readonly string[]).includes(name.toUpperCase())
}

/** Charsets of one octet per character: a search string in one of them is a run of octets. */
export function isSingleByteCharset(name: string): boolean {
  const upper = name.toUpperCase()
  return upper !== 'UTF-8' && upper !== 'US-ASCII' && isSearchCharset(upper)
}

/**
 * windows-1252's 0x80-0x9F. Node 20's TextDecoder reads them as U+0080-U+009F (its Latin-1 fast
 * path; browsers follow the standard), so we map them ourselves; undefined slots stay as they are.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes)
  if (decoder.encoding !== 'windows-1252' || !/[\u0080-\u009f]/.test(text)) return text
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80])
}

const decoders = new Map<string, TextDecoder | null>()
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
const windows1252 = new TextDecoder('windows-1252')

function decoderFor(label: string): TextDecoder | null {
  const key = label.trim().toLowerCase()
  let decoder = decoders.get(key)
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(key)
    } catch {
      decoder = null
    }
    decoders.set(key, decoder)
  }
  return decoder
}

/** Octets as UTF-8 text, or undefined when they are not valid UTF-8. */
export function decodeStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
}

/**
 * Octets as text. A declared charset the platform knows is used as declared; text with no charset,
 * "us-ascii" or an unknown one is read as UTF-8 when it is valid UTF-8 (raw 8-bit headers mostly
 * are), else as windows-1252 (the common 8-bit mail charset), so no octet is ever dropped.
 */
export function decodeOctets(bytes: Uint8Array, charset?: string): string {
  const label = charset?.replace(/\*.*$/, '') // RFC 2231 §5: "charset*language"
  const declared = label && !/^(us-)?ascii$/i.test(label.trim()) ? decoderFor(label) : null
  if (declared) return decodeWith(declared, bytes)
  return decodeStrictUtf8(bytes) ?? decodeWith(windows1252, bytes)
}
