// Renders the FETCH data items of one message (RFC 3501 §7.4.2). Body sections are always sent
// as literals, as Dovecot sends them; a <partial> fetch cuts the octets (RFC 3501 §6.4.5).

import type { StoredMessage } from '@/lib/protocols/mailstore'
import { formatBodyStructure } from './bodystructure'
import { formatEnvelope } from './envelope'
import type { FetchItem, Section } from './fetchItems'
import { formatInternalDate, literal } from './formatter'
import { findPart, messageStructure, selectHeaderFields, splitMessage, type MimePart } from './mime'
import type { Selection } from './selection'

/** The octets a body section names, before any <partial> cut. */
export function sectionText(message: StoredMessage, section: Section): string {
  const root = messageStructure(message)
  const part = section.path.length === 0 ? root : findPart(root, section.path)
  if (!part) return ''
  // For a part number, HEADER/TEXT/HEADER.FIELDS address the message inside a message/rfc822 part.
  const target: MimePart | undefined = section.path.length === 0 ? root : part.message
  switch (section.text) {
    case '':
      return section.path.length === 0 ? message.octets : part.body
    case 'MIME':
      return part.header
    case 'HEADER':
      return target ? target.header : ''
    case 'TEXT':
      return target ? target.body : ''
    case 'HEADER.FIELDS':
    case 'HEADER.FIELDS.NOT':
      return target ? selectHeaderFields(target.header, section.fields, section.text === 'HEADER.FIELDS.NOT') : ''
  }
}

/**
 * A <partial> cut (RFC 3501 §6.4.5): `length` octets from octet `start`, fewer at the end. The
 * text is an octet string, so the cut is exact even inside a UTF-8 sequence.
 */
export function cutOctets(text: string, start: number, length: number): string {
  return text.slice(start, start + length)
}

/** A message never changes once stored, so its ENVELOPE is formatted once, whoever asks. */
const envelopes = new WeakMap<StoredMessage, string>()

function envelopeOf(message: StoredMessage): string {
  let envelope = envelopes.get(message)
  if (envelope === undefined) {
    envelope = formatEnvelope(messageStructure(message).fields)
    envelopes.set(message, envelope)
  }
  return envelope
}

/** The items of one `* n FETCH (...)` response, in the order they were asked for. */
export function renderFetchItems(selection: Selection, message: StoredMessage, items: readonly FetchItem[]): string[] {
  const out: string[] = []
  for (const item of items) {
    switch (item.kind) {
      case 'FLAGS':
        out.push(`FLAGS ${selection.flagsOf(message)}`)
        break
      case 'UID':
        out.push(`UID ${message.uid}`)
        break
      case 'RFC822.SIZE':
        out.push(`RFC822.SIZE ${message.size}`)
        break
      case 'INTERNALDATE':
        out.push(`INTERNALDATE "${formatInternalDate(message.internalDate)}"`)
        break
      case 'ENVELOPE':
        out.push(`ENVELOPE ${envelopeOf(message)}`)
        break
      case 'BODY':
        out.push(`BODY ${formatBodyStructure(messageStructure(message), false)}`)
        break
      case 'BODYSTRUCTURE':
        out.push(`BODYSTRUCTURE ${formatBodyStructure(messageStructure(message), true)}`)
        break
      case 'RFC822':
        out.push(`RFC822 ${literal(message.octets)}`)
        break
      case 'RFC822.HEADER':
        out.push(`RFC822.HEADER ${literal(splitMessage(message.octets).header)}`)
        break
      case 'RFC822.TEXT':
        out.push(`RFC822.TEXT ${literal(splitMessage(message.octets).body)}`)
        break
      case 'section': {
        const text = sectionText(message, item.section)
        const value = item.partial ? cutOctets(text, item.partial.start, item.partial.length) : text
        out.push(`${item.label} ${literal(value)}`)
        break
      }
    }
  }
  return out
}
