// One stored message: its exact bytes (RFC 3501 §2.3.5 RFC822.SIZE counts them), the same octets
// as an octet string for the protocol code, and the text a view shows, decoded only when asked.

import { bytesToOctets, displayText, octetsToBytes, utf8Octets } from '../octets'
import { toCrlf } from './normalize'
import type { MessageInput, StoredMessage } from './types'

/**
 * The octets a MessageInput stands for. Bytes are kept exactly as given (APPEND, COPY, a
 * delivery of 8-bit mail). Text, as scenarios write it, gets CRLF line ends and is encoded as UTF-8.
 */
export function inputOctets(raw: string | Uint8Array): { bytes: Uint8Array; octets: string } {
  if (typeof raw !== 'string') return { bytes: raw.slice(), octets: bytesToOctets(raw) }
  const octets = utf8Octets(toCrlf(raw))
  return { bytes: octetsToBytes(octets), octets }
}

/** Splits a MessageInput into its content and metadata. */
export function splitInput(input: MessageInput): { raw: string | Uint8Array; internalDate?: Date; flags?: readonly string[] } {
  return typeof input === 'string' || input instanceof Uint8Array ? { raw: input } : input
}

/** The store's own, mutable record of a message; callers only ever see StoredMessage. */
export class MessageRecord implements StoredMessage {
  uid = 0
  readonly size: number
  private decoded: string | undefined

  constructor(
    readonly bytes: Uint8Array,
    readonly octets: string,
    readonly internalDate: Date,
    public flags: Set<string>,
    public unclaimedRecent: boolean,
  ) {
    this.size = bytes.length
  }

  get text(): string {
    if (this.decoded === undefined) this.decoded = displayText(this.bytes)
    return this.decoded
  }
}
