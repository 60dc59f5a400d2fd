// How the POP3 tests reach the server: through the public API, createMailServer, exactly as the
// simulator and the console do.

import { createMailServer, type Connection, type MailServer } from '@/lib/protocols'
import type { UserInput } from '@/lib/protocols/mailstore'

export type TestConnection = Connection
export type TestServer = MailServer

export function startServer(users: readonly UserInput[]): TestServer {
  return createMailServer({ users })
}
