// One exchange recorded on the wire, for the transcript.

import type { DeviceId } from './devices'

/** One exchange on the wire: a client line (null for the greeting) and everything the server wrote back. */
export interface Exchange {
  device: DeviceId
  account: string
  step: string
  client: string | null
  server: string
}
