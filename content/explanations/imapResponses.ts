// What IMAP server responses, response codes and odd client lines mean, in plain words
// (RFC 3501 §7, with RFC 4315 UIDPLUS, 5530 response codes, 6851 MOVE, 2177 IDLE).
import type { Explanation } from './types'

export const imapResponses = {
  // --- status responses -------------------------------------------------------------
  greeting: {
    summary: 'The server says hello and is ready. You are not logged in yet.',
    rfc: 'RFC 3501 §7.1.1',
  },
  preauth: {
    summary: 'The server says hello, and you are already logged in (it knows you some other way).',
    rfc: 'RFC 3501 §7.1.4',
  },
  taggedOk: {
    summary: 'OK: the {{verb}} command with tag {{tag}} is finished and worked.',
    rfc: 'RFC 3501 §7.1.1',
  },
  taggedNo: {
    summary: 'NO: the {{verb}} command with tag {{tag}} was understood, but the server could not do it.',
    rfc: 'RFC 3501 §7.1.2',
  },
  taggedBad: {
    summary: 'BAD: the server could not make sense of the command with tag {{tag}}.',
    rfc: 'RFC 3501 §7.1.3',
  },
  loggedIn: {
    summary: 'Logged in (tag {{tag}}). The server also sends its longer after-login list of capabilities.',
    rfc: 'RFC 3501 §6.2.3',
  },
  logoutOk: {
    summary: 'Logout finished; the connection closes.',
    rfc: 'RFC 3501 §6.1.3',
  },
  idleOk: {
    summary: 'IDLE is over (tag {{tag}}): the device is back to sending commands.',
    rfc: 'RFC 2177 §3',
  },
  untaggedOk: {
    summary: 'An untagged OK: a piece of information from the server, not the end of a command.',
    rfc: 'RFC 3501 §7.1.1',
  },
  untaggedNo: {
    summary: 'An untagged NO: a warning from the server.',
    rfc: 'RFC 3501 §7.1.2',
  },
  untaggedBad: {
    summary: 'An untagged BAD: the server could not read the line at all, not even its tag.',
    rfc: 'RFC 3501 §7.1.3',
  },
  bye: {
    summary: 'BYE: the server is about to close the connection.',
    rfc: 'RFC 3501 §7.1.5',
  },
  byeLogout: {
    summary: 'BYE: the server says goodbye because you asked to log out.',
    rfc: 'RFC 3501 §7.1.5',
    mailbox: 'Nothing is lost: your mail stays on the server.',
  },
  byeTooManyErrors: {
    summary: 'BYE: too many bad commands, so the server hangs up.',
    rfc: 'RFC 3501 §7.1.5',
  },
  byeTooLong: {
    summary: 'BYE: the line or literal was far too long, so the server hangs up.',
    rfc: 'RFC 3501 §7.1.5',
  },
  byeMailboxDeleted: {
    summary: 'BYE: the open folder was deleted, so the server has to disconnect.',
    rfc: 'RFC 3501 §7.1.5',
  },
  // --- untagged data --------------------------------------------------------------------
  capability: {
    summary: 'The list of features this server supports: {{count}} items, such as {{sample}}.',
    rfc: 'RFC 3501 §7.2.1',
  },
  list: {
    summary: 'One folder on the server: "{{name}}" (names are separated by "{{delimiter}}").',
    rfc: 'RFC 3501 §7.2.2',
  },
  lsub: {
    summary: 'One folder you are subscribed to: "{{name}}".',
    rfc: 'RFC 3501 §7.2.3',
  },
  status: {
    summary: 'Counts for folder "{{name}}": {{items}}.',
    rfc: 'RFC 3501 §7.2.4',
  },
  search: {
    summary: 'The messages that match the search: {{numbers}}.',
    rfc: 'RFC 3501 §7.2.5',
  },
  searchEmpty: {
    summary: 'No message matches the search.',
    rfc: 'RFC 3501 §7.2.5',
  },
  flags: {
    summary: 'The flags used in this folder: {{flags}}.',
    rfc: 'RFC 3501 §7.2.6',
  },
  exists: {
    summary: 'The folder holds {{n}} messages.',
    rfc: 'RFC 3501 §7.3.1',
    mailbox: 'When this number grows during a session, new mail has arrived.',
  },
  recent: {
    summary: '{{n}} messages are new since the last session looked (\\Recent).',
    rfc: 'RFC 3501 §7.3.2',
    mailbox: 'Only the first session that sees a new message counts it; a second device sees 0 RECENT.',
  },
  expunge: {
    summary: 'Message number {{n}} has been removed for good. Every message after it moves down one number (4 becomes 3).',
    rfc: 'RFC 3501 §7.4.1',
    mailbox: 'It is gone from the server, so from every device.',
  },
  fetch: {
    summary: 'Data about message {{n}}: {{items}}.',
    rfc: 'RFC 3501 §7.4.2',
  },
  fetchFlagsUpdate: {
    summary: 'The flags of message {{n}} changed, perhaps on another device: now {{flags}}.',
    rfc: 'RFC 3501 §7.4.2',
    mailbox: 'This is IMAP keeping your devices in sync.',
  },
  enabled: {
    summary: 'These extensions are now switched on: {{items}}.',
    rfc: 'RFC 5161 §3.2',
  },
  namespace: {
    summary: 'Where personal, other users’ and shared folders live.',
    rfc: 'RFC 2342 §5',
  },
  id: {
    summary: 'The server tells you its name and version.',
    rfc: 'RFC 2971 §3.2',
  },
  untaggedOther: {
    summary: 'An untagged line ("*"): information from the server that is not the end of a command.',
    rfc: 'RFC 3501 §2.2.2',
  },
  // --- continuations and literals -------------------------------------------------------
  continuation: {
    summary: '"+": the server is ready for the rest of your command.',
    rfc: 'RFC 3501 §7.5',
  },
  continuationLiteral: {
    summary: '"+": go ahead and send the literal (the counted bytes you announced).',
    rfc: 'RFC 3501 §7.5',
  },
  continuationIdle: {
    summary: '"+": now idling. The server will push news as it happens; send DONE to stop.',
    rfc: 'RFC 2177 §3',
  },
  continuationSasl: {
    summary: '"+": the server waits for your login data (base64).',
    rfc: 'RFC 3501 §6.2.2',
  },
  literalContent: {
    summary: 'A line of the literal: the counted bytes, such as the message itself, sent exactly as stored.',
    rfc: 'RFC 3501 §4.3',
  },
  literalHeader: {
    summary: 'A header line of the message: "{{field}}".',
    rfc: 'RFC 3501 §4.3',
  },
  literalBlank: {
    summary: 'A blank line inside the message: the first one separates the headers from the body.',
    rfc: 'RFC 3501 §4.3',
  },
  literalEnd: {
    summary: '")" closes the FETCH response after the message bytes.',
    rfc: 'RFC 3501 §7.4.2',
  },
  // --- client lines that are not commands -------------------------------------------------
  clientLiteral: {
    summary: 'Literal data: the counted bytes announced with {n} on the previous line, sent as they are.',
    rfc: 'RFC 3501 §4.3',
  },
  saslResponse: {
    summary: 'The login data for AUTHENTICATE, in base64 (encoded, not encrypted).',
    rfc: 'RFC 3501 §6.2.2',
  },
  saslCancel: {
    summary: '"*" cancels the AUTHENTICATE login.',
    rfc: 'RFC 3501 §6.2.2',
  },
  emptyClientLine: {
    summary: 'An empty line: no tag and no command. The server did not recognise it and answers * BAD.',
    rfc: 'RFC 3501 §2.2.1',
  },
  missingCommand: {
    summary:
      'Every IMAP command needs a tag first. The server takes "{{tag}}" as the tag, finds no command after it, and answers BAD.',
    rfc: 'RFC 3501 §2.2.1',
  },
  invalidTag: {
    summary: 'The server did not recognise "{{tag}}" as a tag (tags cannot hold characters such as * + ( or "), so it answers BAD.',
    rfc: 'RFC 3501 §2.2.1',
  },
  unknownCommand: {
    summary: 'The server did not recognise "{{verb}}" as an IMAP command, so it answers BAD.',
    rfc: 'RFC 3501 §6',
  },
  unknownServerLine: {
    summary: 'The server did not send this in a form IMAP defines (no tag, "*" or "+" first). It may be part of a literal.',
    rfc: 'RFC 3501 §2.2.2',
  },
  // --- BAD and NO reasons --------------------------------------------------------------------
  badWrongState: {
    summary: 'BAD: this command is not allowed right now, for example before logging in.',
    rfc: 'RFC 3501 §3',
  },
  badNoMailbox: {
    summary: 'BAD: no folder is open. SELECT or EXAMINE one first.',
    rfc: 'RFC 3501 §3',
  },
  badMessageSet: {
    summary: 'BAD: those message numbers do not exist in this folder (or are not numbers at all).',
    rfc: 'RFC 3501 §9',
  },
  badSyntax: {
    summary: 'BAD: the command is written wrongly (a missing bracket, an unknown item or missing arguments).',
    rfc: 'RFC 3501 §9',
  },
  badLiteral: {
    summary: 'BAD: the {size} of the literal is not a number the server accepts.',
    rfc: 'RFC 3501 §4.3',
  },
  badUnknownCommand: {
    summary: 'BAD: the server does not know this command (or not in this state).',
    rfc: 'RFC 3501 §7.1.3',
  },
  badTooLong: {
    summary: 'BAD: the line or one of its arguments is too long.',
    rfc: 'RFC 3501 §7.1.3',
  },
  noMailbox: {
    summary: 'NO: there is no folder with that name.',
    rfc: 'RFC 3501 §6.3.1',
  },
  noDeleteInbox: {
    summary: 'NO: INBOX is special and can never be deleted.',
    rfc: 'RFC 3501 §6.3.4',
  },
} satisfies Record<string, Explanation>

export type ImapResponseKey = keyof typeof imapResponses

/** Response codes: the [WORD …] right after OK, NO, BAD, PREAUTH or BYE. */
export const imapResponseCodes = {
  ALERT: { summary: 'a message the client must show to you', rfc: 'RFC 3501 §7.1' },
  CAPABILITY: { summary: 'the list of supported features comes along with this answer', rfc: 'RFC 3501 §7.1' },
  PERMANENTFLAGS: {
    summary: 'which flags you can change and keep ({{value}}); \\* means you may invent your own keywords',
    rfc: 'RFC 3501 §7.1',
  },
  'READ-WRITE': { summary: 'the folder is open for changes: reading marks messages \\Seen', rfc: 'RFC 3501 §7.1' },
  'READ-ONLY': { summary: 'the folder is open read-only: nothing will change, not even \\Seen', rfc: 'RFC 3501 §7.1' },
  TRYCREATE: { summary: 'the target folder does not exist; create it first, then try again', rfc: 'RFC 3501 §7.1' },
  UIDNEXT: { summary: 'the next new message will get UID {{value}}', rfc: 'RFC 3501 §7.1' },
  UIDVALIDITY: {
    summary: 'UIDVALIDITY is {{value}}: while it stays the same, UIDs saved on a device stay valid',
    rfc: 'RFC 3501 §7.1',
  },
  UNSEEN: { summary: 'message {{value}} is the first one not yet read', rfc: 'RFC 3501 §7.1' },
  PARSE: { summary: 'the server could not read the headers of a message', rfc: 'RFC 3501 §7.1' },
  BADCHARSET: { summary: 'the search used a character set the server does not know', rfc: 'RFC 3501 §7.1' },
  APPENDUID: {
    summary: 'the uploaded message got UID {{second}} in the folder whose UIDVALIDITY is {{first}}',
    rfc: 'RFC 4315 §3',
  },
  COPYUID: {
    summary: 'the copies got new UIDs ({{third}}) in the target folder; the originals were UIDs {{second}}',
    rfc: 'RFC 4315 §3',
  },
  UIDNOTSTICKY: { summary: 'this folder cannot keep UIDs between sessions', rfc: 'RFC 4315 §3' },
  CLOSED: { summary: 'the previously open folder is now closed', rfc: 'RFC 7162' },
  OVERQUOTA: { summary: 'your mailbox is full: you are over your storage quota', rfc: 'RFC 5530 §3' },
  CLIENTBUG: {
    summary: 'it worked, but the client did something pointless (e.g. STATUS on the open folder)',
    rfc: 'RFC 5530 §3',
  },
  SERVERBUG: { summary: 'something went wrong inside the server', rfc: 'RFC 5530 §3' },
  AUTHENTICATIONFAILED: { summary: 'wrong name or password', rfc: 'RFC 5530 §3' },
  AUTHORIZATIONFAILED: { summary: 'the login was right, but you may not use this account', rfc: 'RFC 5530 §3' },
  ALREADYEXISTS: { summary: 'a folder with that name already exists', rfc: 'RFC 5530 §3' },
  NONEXISTENT: { summary: 'that folder does not exist', rfc: 'RFC 5530 §3' },
  CANNOT: { summary: 'the server can never do this (for example a forbidden name)', rfc: 'RFC 5530 §3' },
  LIMIT: { summary: 'a server limit was reached', rfc: 'RFC 5530 §3' },
  INUSE: { summary: 'someone else is using this right now; try again later', rfc: 'RFC 5530 §3' },
  EXPUNGEISSUED: { summary: 'another session removed some of these messages meanwhile', rfc: 'RFC 5530 §3' },
  UNAVAILABLE: { summary: 'a temporary problem on the server; try again later', rfc: 'RFC 5530 §3' },
  NOPERM: { summary: 'you do not have permission for this', rfc: 'RFC 5530 §3' },
} satisfies Record<string, Explanation>

export type ImapResponseCodeKey = keyof typeof imapResponseCodes
