// FETCH ENVELOPE (RFC 3501 §7.4.2): date, subject, from, sender, reply-to, to, cc, bcc,
// in-reply-to and message-id, taken from the RFC 5322 header; NIL where a field is absent.

import { parseAddressList, type EnvelopeAddress } from './address'
import { imapString, nstring } from './formatter'
import { headerValue, type HeaderField } from './mime'

function formatAddress(address: EnvelopeAddress): string {
  return `(${nstring(address.name)} ${nstring(address.adl)} ${nstring(address.mailbox)} ${nstring(address.host)})`
}

function formatAddressList(addresses: readonly EnvelopeAddress[] | undefined): string {
  if (!addresses || addresses.length === 0) return 'NIL'
  return `(${addresses.map(formatAddress).join('')})`
}

/** A header value as the envelope shows it: NIL when absent, "" when present but empty. */
function text(fields: readonly HeaderField[], name: string): string {
  const value = headerValue(fields, name)
  return value === undefined ? 'NIL' : imapString(value)
}

export function formatEnvelope(fields: readonly HeaderField[]): string {
  const from = parseAddressList(headerValue(fields, 'From'))
  // Sender and Reply-To default to From when absent or empty (RFC 3501 §7.4.2).
  const sender = parseAddressList(headerValue(fields, 'Sender')) ?? from
  const replyTo = parseAddressList(headerValue(fields, 'Reply-To')) ?? from
  return `(${[
    text(fields, 'Date'),
    text(fields, 'Subject'),
    formatAddressList(from),
    formatAddressList(sender),
    formatAddressList(replyTo),
    formatAddressList(parseAddressList(headerValue(fields, 'To'))),
    formatAddressList(parseAddressList(headerValue(fields, 'Cc'))),
    formatAddressList(parseAddressList(headerValue(fields, 'Bcc'))),
    text(fields, 'In-Reply-To'),
    text(fields, 'Message-ID'),
  ].join(' ')})`
}
