// How the SMTP tests reach the server: through the public API, createMailServer, exactly as the
// simulator and the console do.

import { createMailServer, type Connection, type MailServer, type SmtpRole } from '@/lib/protocols'
import { encodeBase64 } from '@/lib/protocols/pop3/sasl'
import { referenceUsers } from '../reference'

export function startServer(users = referenceUsers()): MailServer {
  return createMailServer({ users })
}

/** Sends each line and returns every reply, one string per line sent. */
export function script(connection: Connection<'smtp'>, ...lines: string[]): string[] {
  return lines.map((line) => connection.send(line))
}

export const ALICE_PLAIN = `AUTH PLAIN ${encodeBase64('\0alice\0secret')}`

/** A submission (or MTA) session that has said EHLO, and on submission has logged in as alice. */
export function ready(server: MailServer, role: SmtpRole = 'submission'): Connection<'smtp'> {
  const connection = server.connect('smtp', { role })
  connection.send('EHLO client.example')
  if (role === 'submission') connection.send(ALICE_PLAIN)
  return connection
}

/** The codes of a reply, e.g. "250 2.1.5". */
export function codes(reply: string): string {
  if (reply === '') return ''
  return reply
    .trimEnd()
    .split('\r\n')
    .map((line) => /^(\d{3})[ -](?:([245]\.\d+\.\d+) )?/.exec(line)?.slice(1).filter(Boolean).join(' ') ?? `?${line}`)
    .join(' | ')
}
