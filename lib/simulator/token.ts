// Snapshots as compact, URL-safe tokens: the scenario id, options, the learner's actions and
// the cursor (the frames are rebuilt by replay). A checksum catches corrupted tokens, and
// decoding returns an error value instead of throwing.

import type { Protocol } from '@/lib/protocols'
import type { ScenarioCatalog } from './scenario'
import { createSimulationContext, type SimulationContext } from './simulationMachine'
import type { Granularity } from './view'
import type { SimAction } from './actions'

interface TokenPayload {
  v: 1
  s: string
  p: Protocol[]
  g: Granularity
  c: number
  x?: SimAction[]
  a?: Record<string, number>
  r?: 1
}

export type DecodedToken = { ok: true; context: SimulationContext } | { ok: false; error: string }

export function encodeSnapshotToken(snapshot: { context: SimulationContext }): string {
  const { scenario, protocols, granularity, cursor, extra, answers, requireAnswers } = snapshot.context
  const payload: TokenPayload = { v: 1, s: scenario.id, p: protocols, g: granularity, c: cursor }
  if (extra.length > 0) payload.x = extra
  if (Object.keys(answers).length > 0) payload.a = answers
  if (requireAnswers) payload.r = 1
  const json = JSON.stringify(payload)
  return `${toBase64Url(new TextEncoder().encode(json))}.${checksum(json)}`
}

/** Reads a token back into a simulation context; never throws. */
export function decodeSnapshotContext(token: string, catalog: ScenarioCatalog): DecodedToken {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]+\.[0-9a-z]+$/.test(token)) return { ok: false, error: 'The link is not a simulation token.' }
  const [body, sum] = token.split('.')
  let json: string
  let payload: TokenPayload
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(body))
    payload = JSON.parse(json) as TokenPayload
  } catch {
    return { ok: false, error: 'The link is damaged: its data cannot be read.' }
  }
  if (checksum(json) !== sum) return { ok: false, error: 'The link is damaged: its checksum does not match.' }
  if (payload.v !== 1) return { ok: false, error: `Unknown token version ${String(payload.v)}.` }
  if (!catalog.some((scenario) => scenario.id === payload.s)) return { ok: false, error: `Unknown scenario "${String(payload.s)}".` }
  const protocols = Array.isArray(payload.p) ? payload.p.filter((p): p is Protocol => p === 'pop3' || p === 'imap') : []
  const granularity: Granularity = payload.g === 'action' || payload.g === 'exchange' ? payload.g : 'step'
  try {
    const context = createSimulationContext(catalog, {
      scenarioId: payload.s,
      protocols,
      granularity,
      cursor: Number.isInteger(payload.c) ? payload.c : 0,
      extra: Array.isArray(payload.x) ? payload.x : [],
      answers: payload.a && typeof payload.a === 'object' ? payload.a : {},
      requireAnswers: payload.r === 1,
    })
    return { ok: true, context }
  } catch (error) {
    return { ok: false, error: `The link's simulation cannot be replayed: ${error instanceof Error ? error.message : String(error)}` }
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let j = 0; j < chars; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63]
  }
  return out
}

function fromBase64Url(text: string): Uint8Array {
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of text) {
    const value = ALPHABET.indexOf(char)
    if (value === -1) throw new Error('bad character')
    buffer = (buffer << 6) | value
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
    }
  }
  return new Uint8Array(bytes)
}

/** FNV-1a, 32 bits, in base 36. */
function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}
