// One thing that happened on a console connection: the line the learner sent (null for the greeting
// or a push), everything the server wrote back, and the protocol state around it. The challenge
// checks and the device model each read the part they need (Pick<ConsoleExchange, …>).

import type { ProtocolState } from '@/lib/protocols'

export interface ConsoleExchange {
  client: string | null
  reply: string
  via: 'greeting' | 'command' | 'push'
  stateBefore: ProtocolState
  stateAfter: ProtocolState
}
