// Learner-facing explanations of POP3, IMAP and SMTP lines: the data (pop3.ts, imap.ts, smtp.ts)
// and the lookups the transcript notes and the console help use. Nothing here throws.
import { pop3Commands, type Pop3CommandKey } from './pop3'
import { imapCommands, type ImapCommandKey } from './imap'
import { describePop3Client, describePop3Server } from './classifyPop3'
import { describeImapClient } from './classifyImap'
import { describeImapServer } from './classifyImapServer'
import { smtpCommands, type SmtpCommandKey } from './smtp'
import { describeSmtpClient, describeSmtpServer } from './classifySmtp'
import { fill, type CommandExplanation, type Direction, type LineContext, type LineDescription, type Protocol } from './types'

export * from './types'
export { pop3Commands, pop3Responses } from './pop3'
export type { Pop3CommandKey, Pop3ResponseKey } from './pop3'
export { imapCommands, imapFetchItems, imapStoreActions, imapFlags, imapResponses, imapResponseCodes } from './imap'
export type { ImapCommandKey, ImapFetchItemKey, ImapResponseKey, ImapResponseCodeKey } from './imap'
export { describeSet, describeFlags } from './classifyImap'
export { smtpCommands, smtpEhloKeywords } from './smtp'
export type { SmtpCommandKey, SmtpEhloKeyword } from './smtp'
export { smtpReplyCodes, smtpReplies } from './smtpReplies'
export type { SmtpReplyCode, SmtpReplyKey } from './smtpReplies'
export { describeEnhancedCode } from './classifySmtp'

const FALLBACK: LineDescription = {
  kind: 'unknown',
  text: 'The server did not recognise this line, so there is nothing more to explain about it.',
  rfc: 'RFC 1939 §3 / RFC 3501 §2.2 / RFC 5321 §4.2',
}

/**
 * Classifies one line of a POP3, IMAP or SMTP conversation. `context.previousClientLine` is the
 * command being answered (for server lines) or the line before (for client lines);
 * `context.inMultiline` says the line sits inside a POP3 multi-line reply or an IMAP literal, or
 * (SMTP client lines) is message content after DATA's 354. An SMTP client text holding several
 * lines (the whole message and its "." at once) is explained as the message.
 */
export function describeLine(
  protocol: Protocol,
  direction: Direction,
  line: string,
  context: LineContext = {},
): LineDescription {
  try {
    const text = typeof line === 'string' ? line : String(line)
    const ctx = context ?? {}
    if (protocol === 'imap') return direction === 'client' ? describeImapClient(text, ctx) : describeImapServer(text, ctx)
    if (protocol === 'smtp') return direction === 'client' ? describeSmtpClient(text, ctx) : describeSmtpServer(text, ctx)
    return direction === 'client' ? describePop3Client(text, ctx) : describePop3Server(text, ctx)
  } catch {
    return FALLBACK
  }
}

/** One plain-language sentence (or two) about a line, ending with where the rule is written down. */
export function explainLine(
  protocol: Protocol,
  direction: Direction,
  line: string,
  context?: { previousClientLine?: string; inMultiline?: boolean },
): string {
  const d = describeLine(protocol, direction, line, context)
  return `${d.text} (${d.rfc})`
}

/** Default words for placeholders when a command is explained on its own (console help). */
const HELP_VARS = { n: 'n', lines: 'n', set: 'the messages you name', address: 'the address you give' }

const COMMAND_TABLES: Record<Protocol, Record<string, CommandExplanation>> = { pop3: pop3Commands, imap: imapCommands, smtp: smtpCommands }

/**
 * Help for one command verb, e.g. ('pop3', 'dele'), ('pop3', 'LIST n'), ('imap', 'uid fetch'),
 * ('smtp', 'mail from').
 * Undefined when the protocol has no such command.
 */
export function explainCommand(
  protocol: Protocol,
  verb: string,
): { summary: string; rfc: string; syntax: string; mailbox?: string } | undefined {
  if (typeof verb !== 'string') return undefined
  const key = verb.trim().replace(/\s+/g, ' ').toUpperCase()
  const table = COMMAND_TABLES[protocol] ?? pop3Commands
  const first = key.split(' ')[0]
  const found =
    (Object.prototype.hasOwnProperty.call(table, key) && table[key]) ||
    (key.endsWith(' N') && table[key.slice(0, -2) + ' n']) ||
    (Object.prototype.hasOwnProperty.call(table, first) && first !== 'UID' && table[first]) ||
    (first === 'UID' && table[key.split(' ').slice(0, 2).join(' ')]) ||
    undefined
  if (!found) return undefined
  return {
    summary: fill(found.summary, HELP_VARS),
    rfc: found.rfc,
    syntax: found.syntax,
    ...(found.mailbox ? { mailbox: fill(found.mailbox, HELP_VARS) } : {}),
  }
}

/** Every command key, per protocol, for coverage checks and the console's command list. */
export const commandKeys: { pop3: Pop3CommandKey[]; imap: ImapCommandKey[]; smtp: SmtpCommandKey[] } = {
  pop3: Object.keys(pop3Commands) as Pop3CommandKey[],
  imap: Object.keys(imapCommands) as ImapCommandKey[],
  smtp: Object.keys(smtpCommands) as SmtpCommandKey[],
}
