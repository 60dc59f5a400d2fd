// The protocol states in the order a session passes through them, as the RFCs name them
// (RFC 1939 §3, RFC 3501 §3), for the console's state diagram. SMTP names no states; these are
// the steps of its mail transaction (RFC 5321 §3.3) as lib/protocols' SmtpState spells them.

import type { MailProtocol } from '@/lib/protocols'

export const PROTOCOL_STATES: Readonly<Record<MailProtocol, readonly string[]>> = {
  pop3: ['AUTHORIZATION', 'TRANSACTION', 'UPDATE'],
  imap: ['not authenticated', 'authenticated', 'selected', 'logout'],
  smtp: ['connected', 'greeted', 'sender', 'recipients', 'data', 'closed'],
}

/** The connection's own life, shown beside the protocol state. */
export const CONNECTION_STEPS = [
  { id: 'open', label: 'Connection open' },
  { id: 'closed', label: 'Closed (QUIT, LOGOUT or BYE)' },
  { id: 'dropped', label: 'Dropped' },
] as const

export function connectionStep(closed: boolean, dropped: boolean): string {
  if (dropped) return 'dropped'
  return closed ? 'closed' : 'open'
}
