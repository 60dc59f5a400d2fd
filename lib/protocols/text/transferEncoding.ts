// Content-Transfer-Encoding decoders (RFC 2045 §6.7 quoted-printable, §6.8 base64), lenient as
// a reader must be: malformed escapes stay as written, characters outside base64 are skipped.

const HEX = /^[0-9A-Fa-f]{2}$/

/** RFC 2045 §6.7: `=XX` is an octet, `=` at the end of a line is a soft line break. */
export function decodeQuotedPrintable(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(input.length)
  let length = 0
  for (let i = 0; i < input.length; i++) {
    const byte = input[i]
    if (byte !== 0x3d /* = */) {
      out[length++] = byte
      continue
    }
    // Soft line break: "=" then optional trailing blanks, then CRLF or LF (rule 5).
    let j = i + 1
    while (j < input.length && (input[j] === 0x20 || input[j] === 0x09)) j++
    if (j < input.length && (input[j] === 0x0d || input[j] === 0x0a)) {
      i = input[j] === 0x0d && input[j + 1] === 0x0a ? j + 1 : j
      continue
    }
    if (j >= input.length) break
    const hex = String.fromCharCode(input[i + 1] ?? 0, input[i + 2] ?? 0)
    if (HEX.test(hex)) {
      out[length++] = parseInt(hex, 16)
      i += 2
    } else {
      out[length++] = byte
    }
  }
  return out.subarray(0, length)
}

const BASE64_VALUES = (() => {
  const table = new Int8Array(256).fill(-1)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i
  return table
})()

/** RFC 2045 §6.8: base64 with line breaks; characters outside the alphabet are ignored, "=" ends it. */
export function decodeBase64Lenient(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3)
  let length = 0
  let group = 0
  let bits = 0
  for (const byte of input) {
    if (byte === 0x3d /* = */) break
    const value = BASE64_VALUES[byte]
    if (value < 0) continue
    group = (group << 6) | value
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[length++] = (group >> bits) & 0xff
    }
  }
  return out.subarray(0, length)
}

/** A body's octets after its Content-Transfer-Encoding; 7bit, 8bit, binary and unknown ones stay as they are. */
export function decodeTransferEncoding(body: Uint8Array, encoding: string | undefined): Uint8Array {
  switch (encoding?.trim().toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body)
    case 'base64':
      return decodeBase64Lenient(body)
    default:
      return body
  }
}
