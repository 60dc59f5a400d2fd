// The console's starting worlds. The free-play world is the reference mailbox (alice / secret with
// three unseen messages, bob / secret with none), the same one the reference transcripts start from.

import type { ConsoleWorld } from '@/lib/console/world'
import type { Scenario } from '@/lib/simulator'
import { scenarios } from '@/content/scenarios/catalog'

export type { ConsoleWorld }

const FIRST = "From: Bob Example <bob@example.org>\nTo: Alice Example <alice@example.org>\nSubject: First test message\nDate: Tue, 14 Nov 2023 22:13:21 +0000\nMessage-ID: <msg1@example.org>\n\nHello Alice,\nthis is the first message.\n"

const SECOND = "From: Carol Example <carol@example.net>\nTo: Alice Example <alice@example.org>\nSubject: Second message\nDate: Tue, 14 Nov 2023 22:13:22 +0000\nMessage-ID: <msg2@example.net>\n\nHi,\nsecond message body.\nBye.\n"

const THIRD = "From: Dave Example <dave@example.com>\nTo: Alice Example <alice@example.org>\nSubject: Third message\nDate: Tue, 14 Nov 2023 22:13:23 +0000\nMessage-ID: <msg3@example.com>\n\nThird and last.\n"

/** What "Deliver a new message" drops into the INBOX first; lib/console/delivery.ts numbers the later ones. */
export const FIRST_DELIVERY = "From: Erin Example <erin@example.com>\nTo: Alice Example <alice@example.org>\nSubject: New arrival\nDate: Tue, 14 Nov 2023 22:13:24 +0000\nMessage-ID: <msg4@example.com>\n\nDelivered while a client was idling.\n"

export const FREE_PLAY_WORLD: ConsoleWorld = {
  id: 'reference',
  title: 'Free play: the reference mailbox',
  description: 'alice (password "secret") has three unread messages; bob (password "secret") has none.',
  user: 'alice',
  users: [
    { name: 'alice', password: 'secret', messages: [FIRST, SECOND, THIRD] },
    { name: 'bob', password: 'secret', messages: [] },
  ],
}

/** A scenario's starting world (its server side: the users and their mail). */
function scenarioWorld(scenario: Scenario): ConsoleWorld {
  const users = scenario.world.users.map((user) => ({ ...user, messages: [...user.messages] }))
  const logins = users.map((user) => `${user.name} (password "${user.password}")`).join(', ')
  return {
    id: `scenario:${scenario.id}`,
    title: `Start of: ${scenario.title}`,
    description: `${scenario.goal} Log in as ${logins}.`,
    users,
    user: users[0]?.name ?? 'alice',
  }
}

/** The worlds the console offers: free play on the reference mailbox, then every scenario's start. */
export const CONSOLE_WORLDS: readonly ConsoleWorld[] = [FREE_PLAY_WORLD, ...scenarios.map(scenarioWorld)]
