// RFC 5322 / RFC 2045-2046 message structure as FETCH needs it: header and body split, header
// fields (unfolded), Content-Type with parameters, and the MIME part tree (RFC 3501 §6.4.5 part numbers).

export interface HeaderField {
  /** The name as written. */
  readonly name: string
  /** The value unfolded (RFC 5322 §2.2.3) and trimmed. */
  readonly value: string
  /** The field's lines exactly as stored, each with its CRLF. */
  readonly raw: string
}

export interface ContentType {
  readonly type: string
  readonly subtype: string
  /** Parameters in order, names as written. */
  readonly params: ReadonlyArray<readonly [string, string]>
  /** False when the part had no Content-Type and got the RFC 2045 §5.2 default. */
  readonly explicit: boolean
}

export interface MimePart {
  /** The header including the blank line that ends it (empty when the part has none). */
  readonly header: string
  readonly body: string
  readonly fields: readonly HeaderField[]
  readonly contentType: ContentType
  /** The parts of a multipart body (RFC 2046 §5.1). */
  readonly children?: readonly MimePart[]
  /** The message inside a message/rfc822 body (RFC 2046 §5.2.1). */
  readonly message?: MimePart
}

/** Splits at the first empty line; the header keeps that empty line (BODY[HEADER] includes it). */
export function splitMessage(raw: string): { header: string; body: string } {
  if (raw.startsWith('\r\n')) return { header: '\r\n', body: raw.slice(2) }
  const end = raw.indexOf('\r\n\r\n')
  if (end < 0) return { header: raw, body: '' }
  return { header: raw.slice(0, end + 4), body: raw.slice(end + 4) }
}

/** Header fields in order. A continuation line (leading space or tab) belongs to the field above. */
export function parseHeader(header: string): HeaderField[] {
  const fields: HeaderField[] = []
  const lines = header.split('\r\n')
  let current: { name: string; value: string; raw: string } | undefined
  const flush = () => {
    if (current) fields.push({ name: current.name, value: current.value.trim(), raw: current.raw })
    current = undefined
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (i === lines.length - 1 && line === '') break
    if (line === '') {
      flush()
      break
    }
    const withCrlf = `${line}\r\n`
    if ((line[0] === ' ' || line[0] === '\t') && current) {
      current.value += line
      current.raw += withCrlf
      continue
    }
    flush()
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    current = { name: line.slice(0, colon).trim(), value: line.slice(colon + 1), raw: withCrlf }
  }
  flush()
  return fields
}

/** The first field with this name (case-insensitive), unfolded. */
export function headerValue(fields: readonly HeaderField[], name: string): string | undefined {
  const wanted = name.toLowerCase()
  return fields.find((field) => field.name.toLowerCase() === wanted)?.value
}

/**
 * HEADER.FIELDS / HEADER.FIELDS.NOT (RFC 3501 §6.4.5): the matching fields as stored, then
 * the empty line that ends a header.
 */
export function selectHeaderFields(header: string, names: readonly string[], exclude: boolean): string {
  const wanted = new Set(names.map((name) => name.toLowerCase()))
  let out = ''
  for (const field of parseHeader(header)) {
    if (wanted.has(field.name.toLowerCase()) !== exclude) out += field.raw
  }
  return `${out}\r\n`
}

/** Parameters `; name=value` or `; name="quoted value"` after the first token. */
function parseParams(text: string): Array<[string, string]> {
  const params: Array<[string, string]> = []
  const pattern = /;\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    let value = match[2].trim()
    if (value.startsWith('"')) value = value.slice(1, -1).replace(/\\(.)/g, '$1')
    params.push([match[1], value])
  }
  return params
}

/** A header value with parameters (Content-Type, Content-Disposition): its first token and parameters. */
export function parseValueWithParams(value: string): { token: string; params: Array<[string, string]> } {
  const semicolon = value.indexOf(';')
  const token = (semicolon < 0 ? value : value.slice(0, semicolon)).replace(/\(.*?\)/g, '').trim()
  return { token, params: semicolon < 0 ? [] : parseParams(value.slice(semicolon)) }
}

const DEFAULT_TYPE: ContentType = { type: 'text', subtype: 'plain', params: [['charset', 'us-ascii']], explicit: false }

export function parseContentType(value: string | undefined, fallback: ContentType = DEFAULT_TYPE): ContentType {
  if (value === undefined) return fallback
  const { token, params } = parseValueWithParams(value)
  const slash = token.indexOf('/')
  if (slash <= 0 || slash === token.length - 1) return fallback
  return { type: token.slice(0, slash), subtype: token.slice(slash + 1), params, explicit: true }
}

export function param(contentType: ContentType, name: string): string | undefined {
  return contentType.params.find(([key]) => key.toLowerCase() === name)?.[1]
}

const parsed = new WeakMap<object, MimePart>()

/** The MIME tree of a stored message (parsed from its octets), built once per message object. */
export function messageStructure(message: { readonly octets: string }): MimePart {
  let part = parsed.get(message)
  if (!part) {
    part = parsePart(message.octets, DEFAULT_TYPE, 0)
    parsed.set(message, part)
  }
  return part
}

const MESSAGE_RFC822: ContentType = { type: 'message', subtype: 'rfc822', params: [], explicit: false }

function parsePart(raw: string, fallback: ContentType, depth: number): MimePart {
  const { header, body } = splitMessage(raw)
  const fields = parseHeader(header)
  const contentType = parseContentType(headerValue(fields, 'Content-Type'), fallback)
  const base = { header, body, fields, contentType }
  if (depth > 20) return base
  const type = contentType.type.toLowerCase()
  const subtype = contentType.subtype.toLowerCase()
  if (type === 'multipart') {
    const boundary = param(contentType, 'boundary')
    if (!boundary) return base
    const childFallback = subtype === 'digest' ? MESSAGE_RFC822 : DEFAULT_TYPE
    const children = splitMultipart(body, boundary).map((text) => parsePart(text, childFallback, depth + 1))
    return children.length > 0 ? { ...base, children } : base
  }
  if (type === 'message' && subtype === 'rfc822') return { ...base, message: parsePart(body, DEFAULT_TYPE, depth + 1) }
  return base
}

/** RFC 2046 §5.1.1: parts lie between `--boundary` lines; the CRLF before a delimiter belongs to it. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`
  const parts: string[] = []
  let start = -1
  let position = 0
  while (position <= body.length) {
    const lineEnd = body.indexOf('\r\n', position)
    const end = lineEnd < 0 ? body.length : lineEnd
    const line = body.slice(position, end).trimEnd()
    if (line === delimiter || line === `${delimiter}--`) {
      if (start >= 0) parts.push(body.slice(start, Math.max(start, position - 2)))
      if (line !== delimiter) return parts
      start = lineEnd < 0 ? body.length : lineEnd + 2
    }
    if (lineEnd < 0) break
    position = lineEnd + 2
  }
  return parts
}

/**
 * The part a section number names (RFC 3501 §6.4.5): `1.2` is the second part of the first.
 * A non-multipart message has the single part 1; a message/rfc822 part's parts are its message's.
 */
export function findPart(root: MimePart, path: readonly number[]): MimePart | undefined {
  const partOfMessage = (message: MimePart, index: number) =>
    message.children ? message.children[index - 1] : index === 1 ? message : undefined
  let part: MimePart | undefined = root
  for (let i = 0; i < path.length && part; i++) {
    if (i === 0) part = partOfMessage(root, path[i])
    else if (part.children) part = part.children[path[i] - 1]
    else if (part.message) part = partOfMessage(part.message, path[i])
    else part = undefined
  }
  return part
}
