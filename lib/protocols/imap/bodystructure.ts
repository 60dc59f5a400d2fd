// FETCH BODY and BODYSTRUCTURE (RFC 3501 §7.4.2, body grammar in §9): type, subtype, parameters,
// id, description, encoding, octet size, line count for text parts; extension data for BODYSTRUCTURE.

import { formatEnvelope } from './envelope'
import { imapString, nstring } from './formatter'
import { headerValue, parseValueWithParams, type MimePart } from './mime'

function paramList(params: ReadonlyArray<readonly [string, string]>): string {
  if (params.length === 0) return 'NIL'
  return `(${params.map(([name, value]) => `${imapString(name)} ${imapString(value)}`).join(' ')})`
}

/** Lines of a body: its LFs, plus a last line without one (a part's CRLF belongs to the boundary). */
function lineCount(body: string): number {
  let lines = 0
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lines++
  return body.length > 0 && !body.endsWith('\n') ? lines + 1 : lines
}

/** body-fld-dsp: ("attachment" ("filename" "x")) or NIL. */
function disposition(part: MimePart): string {
  const value = headerValue(part.fields, 'Content-Disposition')
  if (value === undefined) return 'NIL'
  const { token, params } = parseValueWithParams(value)
  return token ? `(${imapString(token)} ${paramList(params)})` : 'NIL'
}

function language(part: MimePart): string {
  const value = headerValue(part.fields, 'Content-Language')
  if (value === undefined) return 'NIL'
  const tags = value.split(',').map((tag) => tag.trim()).filter(Boolean)
  if (tags.length === 0) return 'NIL'
  return tags.length === 1 ? imapString(tags[0]) : `(${tags.map(imapString).join(' ')})`
}

/** BODY (extended = false) or BODYSTRUCTURE (extended = true) of a part. */
export function formatBodyStructure(part: MimePart, extended: boolean): string {
  const { contentType } = part
  if (part.children) {
    const children = part.children.map((child) => formatBodyStructure(child, extended)).join('')
    const fields = [children, imapString(contentType.subtype)]
    if (extended) fields.push(paramList(contentType.params), disposition(part), language(part), nstring(headerValue(part.fields, 'Content-Location')))
    return `(${fields.join(' ')})`
  }
  const encoding = headerValue(part.fields, 'Content-Transfer-Encoding') ?? '7bit'
  const fields = [
    imapString(contentType.type),
    imapString(contentType.subtype),
    paramList(contentType.params),
    nstring(headerValue(part.fields, 'Content-ID')),
    nstring(headerValue(part.fields, 'Content-Description')),
    imapString(encoding),
    String(part.body.length),
  ]
  const type = contentType.type.toLowerCase()
  if (part.message && type === 'message') {
    fields.push(formatEnvelope(part.message.fields), formatBodyStructure(part.message, extended), String(lineCount(part.body)))
  } else if (type === 'text') {
    fields.push(String(lineCount(part.body)))
  }
  if (extended) {
    fields.push(nstring(headerValue(part.fields, 'Content-MD5')), disposition(part), language(part), nstring(headerValue(part.fields, 'Content-Location')))
  }
  return `(${fields.join(' ')})`
}
