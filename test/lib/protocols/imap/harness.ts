// How the IMAP tests reach the server: through the public API, createMailServer, with the
// reference mailbox (alice's three messages) unless a test brings its own users.

import { createMailServer, type Connection, type MailServer } from '@/lib/protocols'
import type { UserInput } from '@/lib/protocols/mailstore'
import { referenceUsers } from '../reference'

export function startServer(users: readonly UserInput[] = referenceUsers()): MailServer {
  return createMailServer({ users })
}

/** A connection logged in as alice with INBOX selected (or examined). */
export function selected(server: MailServer, verb: 'SELECT' | 'EXAMINE' = 'SELECT', user = 'alice'): Connection {
  const connection = server.connect('imap')
  connection.send(`l1 LOGIN ${user} secret`)
  connection.send(`s1 ${verb} INBOX`)
  return connection
}

/** Sends each line; returns the replies joined. */
export function script(connection: Connection, ...lines: string[]): string {
  return lines.map((line) => connection.send(line)).join('')
}
