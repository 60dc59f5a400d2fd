// Content negotiation and compression for scripts/serve.mjs, as a real static host does it:
// text goes out brotli- or gzip-compressed when the client accepts it (RFC 9110 §12.5.3
// Accept-Encoding, with q-values), images and fonts as they are. Each compressed file is kept in
// memory per path, size and modification time, so it is compressed once, not per request.

import { readFile } from 'node:fs/promises'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'

/** Below this, the headers cost more than compression saves (nginx's gzip_min_length is 20). */
const MIN_BYTES = 256

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|javascript)|image\/svg\+xml)/

/** The encodings the server can send, in its order of preference. */
const ENCODINGS = ['br', 'gzip']

/**
 * Picks the encoding for a request: the server's preference among those the client accepts with
 * q > 0. "*" accepts any encoding not named; "identity" is always acceptable unless refused.
 *
 * @param {string | undefined} header the Accept-Encoding request header
 * @returns {'br' | 'gzip' | null}
 */
export function chooseEncoding(header) {
  if (!header) return null
  const weights = new Map()
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param)).find(Boolean)
    const weight = q ? Number(q[1]) : 1
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0)
  }
  for (const encoding of ENCODINGS) {
    const weight = weights.has(encoding) ? weights.get(encoding) : weights.get('*')
    if (weight !== undefined && weight > 0) return encoding
  }
  return null
}

export function isCompressible(type, size) {
  return size >= MIN_BYTES && COMPRESSIBLE.test(type)
}

const cache = new Map()

/**
 * The file's bytes in `encoding`, compressed once and then kept. Brotli runs at quality 5, as
 * hosts that compress on the fly do: close to quality 11's size for far less time.
 *
 * @param {{ file: string, size: number, mtimeMs: number }} found
 * @param {'br' | 'gzip'} encoding
 * @returns {Promise<Buffer>}
 */
export async function compressedFile(found, encoding) {
  const key = `${encoding}:${found.file}`
  const cached = cache.get(key)
  if (cached && cached.size === found.size && cached.mtimeMs === found.mtimeMs) return cached.body
  const raw = await readFile(found.file)
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : gzipSync(raw, { level: 6 })
  cache.set(key, { size: found.size, mtimeMs: found.mtimeMs, body })
  return body
}
