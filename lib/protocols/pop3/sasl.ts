// SASL PLAIN (RFC 4616) as POP3 AUTH carries it (RFC 5034 §4): base64 of
// authzid NUL authcid NUL passwd; and LOGIN's two base64 answers. Pure decoding; the session
// checks the credentials.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const VALUE = new Map([...ALPHABET].map((char, index) => [char, index]))
const utf8 = new TextDecoder('utf-8', { fatal: false })

export type PlainCredentials =
  | { readonly kind: 'credentials'; readonly authzid: string; readonly user: string; readonly password: string }
  /** Not base64 at all (RFC 5034 §4: the server rejects it). */
  | { readonly kind: 'invalid-base64' }
  /** Base64, but not three NUL-separated fields (RFC 4616 §2). */
  | { readonly kind: 'malformed' }

/**
 * Decodes a PLAIN response. RFC 5034 §4: "=" stands for an empty initial response, which PLAIN
 * cannot use, so it is malformed.
 */
export function decodePlain(response: string): PlainCredentials {
  const bytes = response === '=' ? new Uint8Array(0) : decodeBase64(response)
  if (bytes === undefined) return { kind: 'invalid-base64' }
  const fields: Uint8Array[] = []
  let start = 0
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue
    fields.push(bytes.subarray(start, i))
    start = i + 1
  }
  fields.push(bytes.subarray(start))
  if (fields.length !== 3) return { kind: 'malformed' }
  const [authzid, user, password] = fields.map((field) => utf8.decode(field))
  return { kind: 'credentials', authzid, user, password }
}

/** LOGIN's challenges, as Dovecot sends them: base64 of "Username:" and "Password:". */
export const LOGIN_USERNAME_CHALLENGE = 'VXNlcm5hbWU6'
export const LOGIN_PASSWORD_CHALLENGE = 'UGFzc3dvcmQ6'

/** One LOGIN answer (a username or a password): base64 of UTF-8 text; "=" is empty. */
export function decodeLoginField(response: string): string | undefined {
  const bytes = response === '=' ? new Uint8Array(0) : decodeBase64(response)
  return bytes === undefined ? undefined : utf8.decode(bytes)
}

/** Strict base64 (RFC 4648 §4): whole 4-character groups, "=" padding only at the end. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - padding)
  let written = 0
  for (let i = 0; i < text.length; i += 4) {
    let group = 0
    for (let j = 0; j < 4; j++) {
      const char = text[i + j]
      const last = i + 4 === text.length
      const isPad = char === '=' && last && j >= 4 - padding
      const value = isPad ? 0 : VALUE.get(char)
      if (value === undefined) return undefined
      group = (group << 6) | value
    }
    for (let k = 2; k >= 0; k--) {
      if (written >= out.length && i + 4 === text.length) break
      out[written++] = (group >> (8 * k)) & 0xff
    }
  }
  return out
}

/** Base64-encodes UTF-8 text (for tests and the console; RFC 4648 §4). */
export function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const group = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let j = 0; j < 4; j++) out += j < chars ? ALPHABET[(group >> (18 - 6 * j)) & 63] : '='
  }
  return out
}
