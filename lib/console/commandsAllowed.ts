// Which commands the server accepts in a connection's state, from lib/protocols' command registries
// (RFC 1939 §3, RFC 3501 §3): what the console's help and Tab completion offer.

import { imapCommandsAllowed, pop3CommandsAllowed, type ImapState, type Pop3State, type Protocol, type ProtocolState } from '@/lib/protocols'

export function commandsAllowed(protocol: Protocol, state: ProtocolState): readonly string[] {
  return protocol === 'pop3' ? pop3CommandsAllowed(state as Pop3State) : imapCommandsAllowed(state as ImapState)
}
