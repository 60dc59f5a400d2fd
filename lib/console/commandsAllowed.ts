// Which commands the server accepts in a connection's state, from lib/protocols' command registries
// (RFC 1939 §3, RFC 3501 §3, RFC 5321 §4.1): what the console's help and Tab completion offer.

import { SMTP_COMMANDS, imapCommandsAllowed, pop3CommandsAllowed, type ImapState, type MailProtocol, type Pop3State, type ProtocolState } from '@/lib/protocols'

/**
 * SMTP has no state table: the server answers every command at any time, with 503 when it comes
 * out of order (RFC 5321 §4.1.4). So every command is offered while the connection is open, in
 * the order a client uses them, and none while the message is being written (after DATA's 354,
 * every line is message content, RFC 5321 §4.1.1.4) or once the connection is closed.
 */
function smtpCommandsAllowed(state: ProtocolState): readonly string[] {
  if (state === 'data' || state === 'closed') return []
  return SMTP_COMMANDS.map((command) => command.name)
}

export function commandsAllowed(protocol: MailProtocol, state: ProtocolState): readonly string[] {
  if (protocol === 'smtp') return smtpCommandsAllowed(state)
  return protocol === 'pop3' ? pop3CommandsAllowed(state as Pop3State) : imapCommandsAllowed(state as ImapState)
}
