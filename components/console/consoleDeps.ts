// The console's real dependencies, wired here where lib/ and content/ may meet: the simulated
// server and its command registries (lib/protocols, lib/console), and the learner-facing words
// (content/explanations, content/console). Tests may pass others.

import { createMailServer } from '@/lib/protocols'
import { commandsAllowed, type ConsoleDeps } from '@/lib/console'
import { explainCommand } from '@/content/explanations'
import { CHALLENGES } from '@/content/console/challenges'
import { COMMAND_SYNTAX, DATA_NOTICE, HELP_WORDS } from '@/content/console/syntax'
import { DROP_NOTICE } from '@/content/console/dropNotice'
import { nthDelivery } from '@/content/console/worlds'

export const CONSOLE_DEPS: ConsoleDeps = {
  createServer: createMailServer,
  allowed: commandsAllowed,
  summarize: (protocol, verb) => explainCommand(protocol, verb)?.summary,
  helpWords: { syntax: COMMAND_SYNTAX, ...HELP_WORDS },
  challengeTitle: (id) => CHALLENGES.find((challenge) => challenge.id === id)?.title,
  delivery: nthDelivery,
  dropNotice: DROP_NOTICE,
  dataNotice: DATA_NOTICE,
}
