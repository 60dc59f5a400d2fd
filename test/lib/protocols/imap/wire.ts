// Test helpers that read IMAP wire text back (RFC 3501 §2.2.2, §4.3): split a reply into
// responses (a literal's octets stay inside its response), check it is well formed, and
// normalise it as test/fixtures/reference/README.md allows.

import { CAPABILITIES_AFTER_LOGIN, CAPABILITIES_BEFORE_LOGIN } from './pinnedCapabilities'

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Splits wire text into responses; throws when a literal's octet count does not fit. */
export function splitResponses(wire: string): string[] {
  if (!wire.includes('{')) {
    // No literal anywhere: responses are exactly the CRLF-terminated lines.
    if (wire !== '' && !wire.endsWith('\r\n')) throw new Error(`line without CRLF: ${JSON.stringify(wire.slice(-80))}`)
    return wire === '' ? [] : wire.slice(0, -2).split('\r\n')
  }
  const bytes = encoder.encode(wire)
  const responses: string[] = []
  let position = 0
  while (position < bytes.length) {
    let response = ''
    for (;;) {
      let end = -1
      for (let i = position; i + 1 < bytes.length; i++) {
        if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
          end = i
          break
        }
      }
      if (end < 0) throw new Error(`line without CRLF: ${JSON.stringify(decoder.decode(bytes.slice(position)))}`)
      const line = decoder.decode(bytes.slice(position, end))
      position = end + 2
      response += line
      const literal = /\{(\d+)\}$/.exec(line)
      if (!literal) break
      const size = Number(literal[1])
      if (position + size > bytes.length) throw new Error(`literal of ${size} octets runs past the reply`)
      response += `\r\n${decoder.decode(bytes.slice(position, position + size))}`
      position += size
    }
    responses.push(response)
  }
  return responses
}

/**
 * Every response is untagged `* `, a continuation `+ `, or tagged with `tag` (RFC 3501 §2.2.2),
 * and every `* n FETCH` is one well-formed list of name/value pairs (§7.4.2).
 */
export function checkWellFormed(wire: string, tag: string | undefined): string | undefined {
  let responses: string[]
  try {
    responses = splitResponses(wire)
  } catch (error) {
    return (error as Error).message
  }
  for (const response of responses) {
    const malformedFetch = fetchProblem(response)
    if (malformedFetch !== undefined) return malformedFetch
    if (response.startsWith('* ') || response.startsWith('+ ') || response === '+') continue
    if (tag !== undefined && response.startsWith(`${tag} `)) continue
    return `unexpected response ${JSON.stringify(response.slice(0, 80))} for tag ${JSON.stringify(tag)}`
  }
  return undefined
}

type SExpr = string | SExpr[]

/**
 * Reads an IMAP data list into nested arrays; strings keep their quotes so NIL ≠ "NIL". Strict
 * about RFC 3501 §4.4 and §9 framing: one SP between items, none before `)` or at either end,
 * every `(` closed by a `)`, no stray `)`, and no item glued to the one before it.
 * Throws with the reason when the text is not a well-formed sequence of items.
 */
export function readSExpr(text: string): SExpr[] {
  const root: SExpr[] = []
  const stack: SExpr[][] = [root]
  // True when the last thing read was an item (or a closed list), so a separator must follow.
  let afterItem = false
  let p = 0
  const fail = (reason: string): never => {
    throw new Error(`${reason} at ${JSON.stringify(text.slice(Math.max(0, p - 10), p + 20))}`)
  }
  while (p < text.length) {
    const c = text[p]
    if (c === ' ') {
      if (!afterItem) fail('SP not after an item')
      if (p + 1 >= text.length || text[p + 1] === ' ' || text[p + 1] === ')') fail('SP not followed by an item')
      afterItem = false
      p++
      continue
    }
    if (c === ')') {
      if (stack.length === 1) fail('unmatched )')
      stack.pop()
      afterItem = true
      p++
      continue
    }
    if (afterItem) fail('item glued to the one before it')
    if (c === '(') {
      const list: SExpr[] = []
      stack[stack.length - 1].push(list)
      stack.push(list)
      p++
      continue
    }
    if (c === '"') {
      let q = p + 1
      let value = ''
      while (q < text.length && text[q] !== '"') {
        if (text[q] === '\\') q++
        value += text[q++]
      }
      if (q >= text.length) fail('unterminated quoted string')
      stack[stack.length - 1].push(JSON.stringify(value))
      p = q + 1
    } else if (c === '{') {
      const match = /^\{(\d+)\}\r\n/.exec(text.slice(p))
      if (!match) fail('bad literal')
      const start = p + match![0].length
      const octets = encoder.encode(text.slice(start))
      const size = Number(match![1])
      if (octets.length < size) fail('literal runs past the text')
      const value = decoder.decode(octets.slice(0, size))
      stack[stack.length - 1].push(`{${match![1]}}${JSON.stringify(value)}`)
      p = start + value.length
    } else {
      let q = p
      while (q < text.length && !' ()'.includes(text[q])) {
        if (text[q] === '[') {
          const close = text.indexOf(']', q)
          if (close < 0) fail('unclosed [')
          q = close
        }
        q++
      }
      stack[stack.length - 1].push(text.slice(p, q))
      p = q
    }
    afterItem = true
  }
  if (stack.length > 1) fail(`${stack.length - 1} unclosed (`)
  return root
}

/**
 * `* n FETCH (...)` with items sorted by name and flag lists sorted. The body must be exactly one
 * parenthesised list of name/value pairs (RFC 3501 §7.4.2); anything else is reported as a problem.
 */
function normaliseFetch(seq: string, body: string, problems: string[]): string {
  let parsed: SExpr[]
  try {
    parsed = readSExpr(body)
  } catch (error) {
    problems.push(`FETCH ${seq}: ${(error as Error).message}`)
    return `* ${seq} FETCH (malformed)`
  }
  const [items] = parsed
  if (parsed.length !== 1 || !Array.isArray(items)) {
    problems.push(`FETCH ${seq}: expected one parenthesised list, got ${JSON.stringify(body.slice(0, 80))}`)
    return `* ${seq} FETCH (malformed)`
  }
  if (items.length % 2 !== 0) problems.push(`FETCH ${seq}: item ${JSON.stringify(items[items.length - 1])} has no value`)
  const pairs: string[] = []
  for (let i = 0; i + 1 < items.length; i += 2) {
    const name = items[i]
    if (Array.isArray(name)) {
      problems.push(`FETCH ${seq}: a list where an item name belongs`)
      continue
    }
    let value = items[i + 1]
    if (name.toUpperCase() === 'FLAGS') {
      if (!Array.isArray(value)) problems.push(`FETCH ${seq}: FLAGS is not a list`)
      else value = [...value].map(String).sort()
    }
    pairs.push(`${name.toUpperCase()} ${JSON.stringify(value)}`)
  }
  return `* ${seq} FETCH ${pairs.sort().join(' | ')}`
}

/** Why a `* n FETCH` response is malformed, or undefined when it is well formed. */
export function fetchProblem(response: string): string | undefined {
  const fetch = /^\* (\d+) FETCH (.*)$/s.exec(response)
  if (!fetch) return undefined
  const problems: string[] = []
  normaliseFetch(fetch[1], fetch[2], problems)
  return problems[0]
}

export interface NormaliseState {
  /** Recorded UIDVALIDITY → ours, so the same mailbox keeps one value. */
  readonly uidValidity: Map<string, string>
  /** Dovecot's capabilities, for the subset check. */
  capabilities: Set<string>
}

export function newNormaliseState(): NormaliseState {
  return { uidValidity: new Map(), capabilities: new Set() }
}

/**
 * Capability lists: ours must be exactly one of the pinned lists (pinnedCapabilities.ts) and a
 * subset of the recorded one (the reference README allows fewer than Dovecot, never more); both
 * become `CAPS`.
 */
function normaliseCapabilities(list: string, recorded: boolean, state: NormaliseState, problems: string[]): string {
  const names = list.trim().split(/\s+/)
  if (recorded) state.capabilities = new Set(names)
  else {
    for (const name of names) if (!state.capabilities.has(name)) problems.push(`capability ${name} not advertised by Dovecot`)
    const joined = names.join(' ')
    if (joined !== CAPABILITIES_BEFORE_LOGIN.join(' ') && joined !== CAPABILITIES_AFTER_LOGIN.join(' ')) {
      problems.push(`capability list "${joined}" is neither pinned list (pinnedCapabilities.ts)`)
    }
  }
  if (!names.includes('IMAP4rev1')) problems.push('IMAP4rev1 missing from a capability list')
  return 'CAPS'
}

/** UIDVALIDITY values are compared for consistency: each recorded value maps to one of ours. */
function normaliseValidity(value: string, recorded: boolean, state: NormaliseState, key: { recorded?: string }): string {
  if (recorded) {
    key.recorded = value
    return `V(${value})`
  }
  return `V(${value})`
}

/**
 * Normalises one reply. `recorded` replies are read first and fix the capability list; the
 * UIDVALIDITY check pairs values by position between a recorded reply and ours.
 */
export function normaliseReply(wire: string, recorded: boolean, state: NormaliseState, problems: string[], greeting = false): string[] {
  return splitResponses(wire).map((response) => {
    const status = /^(\S+) (OK|NO|BAD|BYE|PREAUTH)(?: \[([^\]]*(?:\([^)]*\))?[^\]]*)\])?/.exec(response)
    if (status) {
      let code = status[3]
      if (code !== undefined) {
        const [name, ...rest] = code.split(' ')
        if (name === 'CAPABILITY') code = `CAPABILITY ${normaliseCapabilities(rest.join(' '), recorded, state, problems)}`
        else if (['UIDVALIDITY', 'COPYUID', 'APPENDUID'].includes(name)) code = `${name} ${normaliseValidity(rest[0], recorded, state, {})} ${rest.slice(1).join(' ')}`.trim()
      }
      const tag = greeting ? '*' : status[1]
      return code === undefined ? `${tag} ${status[2]}` : `${tag} ${status[2]} [${code}]`
    }
    const capability = /^\* CAPABILITY (.*)$/.exec(response)
    if (capability) return `* CAPABILITY ${normaliseCapabilities(capability[1], recorded, state, problems)}`
    const fetch = /^\* (\d+) FETCH (.*)$/s.exec(response)
    if (fetch) return normaliseFetch(fetch[1], fetch[2], problems)
    return response
  })
}

/** Pairs UIDVALIDITY-like values between recorded and ours; reports an inconsistent mapping. */
export function matchValidities(expected: string[], actual: string[], state: NormaliseState, problems: string[]): [string[], string[]] {
  const pattern = /V\((\d+)\)/g
  const recordedValues = expected.flatMap((line) => [...line.matchAll(pattern)].map((m) => m[1]))
  const ourValues = actual.flatMap((line) => [...line.matchAll(pattern)].map((m) => m[1]))
  recordedValues.forEach((value, index) => {
    const ours = ourValues[index]
    if (ours === undefined) return
    const known = state.uidValidity.get(value)
    if (known === undefined) {
      if ([...state.uidValidity.values()].includes(ours)) problems.push(`UIDVALIDITY ${ours} reused for another mailbox`)
      state.uidValidity.set(value, ours)
    } else if (known !== ours) {
      problems.push(`UIDVALIDITY for recorded ${value} was ${known}, now ${ours}`)
    }
  })
  const strip = (line: string) => line.replace(pattern, 'V')
  return [expected.map(strip), actual.map(strip)]
}

/**
 * The conformance comparison of one exchange: both replies normalised, UIDVALIDITY-like values
 * paired. They match when `expected` equals `actual` and `problems` is empty.
 */
export function compareReply(
  recordedWire: string,
  ourWire: string,
  state: NormaliseState,
  greeting = false,
): { expected: string[]; actual: string[]; problems: string[] } {
  const problems: string[] = []
  const recorded = normaliseReply(recordedWire, true, state, problems, greeting)
  const ours = normaliseReply(ourWire, false, state, problems, greeting)
  const [expected, actual] = matchValidities(recorded, ours, state, problems)
  return { expected, actual, problems }
}
