// How the lab names a protocol: the short label ("POP3"), the spelled-out name, and the accessible
// name of a place inside a lane. Plain strings, light enough for any page (an entry point of its own).
import type { MailProtocol, Protocol } from './session'

/** The short name of every protocol, in the lab, the console and the myth cards. */
export const PROTOCOL_LABELS: Readonly<Record<MailProtocol, string>> = { pop3: 'POP3', imap: 'IMAP', smtp: 'SMTP' }

/** Spelled out: these never contain "POP3" or "IMAP", so a lane's name stays unique as a substring. */
export const PROTOCOL_LONG_NAMES: Readonly<Record<Protocol, string>> = {
  pop3: 'Post Office Protocol',
  imap: 'Internet Message Access Protocol',
}

/**
 * The accessible name of the server or a device inside a lane: "Phone (Post Office Protocol)".
 * It starts with the place ("Mail server", "Phone"…) as the contract asks, and the lane qualifier
 * keeps landmarks unique when both lanes show (axe landmark-unique) without repeating "POP3"/"IMAP",
 * which would make `getByRole('region', { name: 'POP3' })` (a substring match in Playwright) ambiguous.
 */
export function placeRegionName(place: string, protocol: Protocol): string {
  return `${place} (${PROTOCOL_LONG_NAMES[protocol]})`
}
