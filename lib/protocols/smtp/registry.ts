// The SMTP command table (RFC 5321 §4.1 and its extensions), each command from its own file,
// looked up by upper-case verb.

import { auth } from './commands/auth'
import { data } from './commands/data'
import { ehlo } from './commands/ehlo'
import { helo } from './commands/helo'
import { help } from './commands/help'
import { mail } from './commands/mail'
import { noop } from './commands/noop'
import { quit } from './commands/quit'
import { rcpt } from './commands/rcpt'
import { rset } from './commands/rset'
import { vrfy } from './commands/vrfy'
import type { SmtpCommand } from './types'

/** In the order a client uses them, as the console's help lists them. */
export const SMTP_COMMANDS: readonly SmtpCommand[] = [ehlo, helo, auth, mail, rcpt, data, rset, noop, vrfy, help, quit]

const byName = new Map(SMTP_COMMANDS.map((command) => [command.name, command]))

export function findSmtpCommand(verb: string): SmtpCommand | undefined {
  return byName.get(verb)
}
