// The console's real dependencies: the simulated server and its command registries
// (lib/protocols), and the learner-facing words (content/explanations). Tests may pass others.

import { createMailServer, imapCommandsAllowed, pop3CommandsAllowed, type ImapState, type Pop3State, type Protocol, type ProtocolState } from '@/lib/protocols'
import { explainCommand } from '@/content/explanations'
import type { ConsoleDeps } from './session'

export function commandsAllowed(protocol: Protocol, state: ProtocolState): readonly string[] {
  return protocol === 'pop3' ? pop3CommandsAllowed(state as Pop3State) : imapCommandsAllowed(state as ImapState)
}

export const CONSOLE_DEPS: ConsoleDeps = {
  createServer: createMailServer,
  allowed: commandsAllowed,
  summarize: (protocol, verb) => explainCommand(protocol, verb)?.summary,
}
