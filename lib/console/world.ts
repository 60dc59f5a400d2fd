// A world the console starts from: the users and their mail on a fresh simulated server. The
// worlds themselves are content (content/console/worlds.ts); this is their shape.

import type { UserInput } from '@/lib/protocols'

export interface ConsoleWorld {
  id: string
  title: string
  description: string
  users: UserInput[]
  /** The user the console's help and challenges speak of. */
  user: string
}
