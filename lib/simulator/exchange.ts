// One exchange recorded on the wire, for the transcript.

import type { DeviceId } from './devices'

/**
 * Who spoke to the server: a device, or `relay`, the sender's mail server handing over mail from
 * outside (SMTP, role 'mta').
 */
export type Speaker = DeviceId | 'relay'

/** One exchange on the wire: a client line (null for the greeting) and everything the server wrote back. */
export interface Exchange {
  device: Speaker
  /** Set only when the exchange is not in the lane's own protocol: 'smtp' for sending and relay. */
  protocol?: 'smtp'
  account: string
  step: string
  client: string | null
  server: string
}
