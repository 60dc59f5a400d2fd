// What each IMAP command and FETCH item means, in plain words (RFC 3501 IMAP4rev1, with
// RFC 2177 IDLE, 2971 ID, 5161 ENABLE, 2342 NAMESPACE, 3691 UNSELECT, 4315 UIDPLUS, 6851 MOVE).
// Server responses and response codes live in imapResponses.ts and are re-exported here.
import type { CommandExplanation, Explanation } from './types'

export { imapResponses, imapResponseCodes } from './imapResponses'
export type { ImapResponseKey, ImapResponseCodeKey } from './imapResponses'

export const imapCommands = {
  CAPABILITY: {
    syntax: 'tag CAPABILITY',
    summary: 'Asks which features this server supports. The list can grow after you log in.',
    rfc: 'RFC 3501 §6.1.1',
  },
  NOOP: {
    syntax: 'tag NOOP',
    summary: 'Does nothing, but gives the server a chance to tell you what changed: new mail, flags set elsewhere, deletions.',
    rfc: 'RFC 3501 §6.1.2',
    mailbox: 'This is how a device hears about changes made by your other devices.',
  },
  LOGOUT: {
    syntax: 'tag LOGOUT',
    summary: 'Ends the session. The server says BYE, then OK, and hangs up.',
    rfc: 'RFC 3501 §6.1.3',
    mailbox: 'Your mail stays on the server, ready for every device.',
  },
  LOGIN: {
    syntax: 'tag LOGIN name password',
    summary: 'Logs in with a name and a password, sent as they are (so real clients use an encrypted connection).',
    rfc: 'RFC 3501 §6.2.3',
  },
  AUTHENTICATE: {
    syntax: 'tag AUTHENTICATE PLAIN|LOGIN [base64]',
    summary:
      'Logs in with a SASL mechanism. PLAIN packs name and password into one base64 string; LOGIN asks for them one at a time. Both are encoded, not encrypted.',
    rfc: 'RFC 3501 §6.2.2',
  },
  STARTTLS: {
    syntax: 'tag STARTTLS',
    summary: 'Switches the connection to encryption before logging in.',
    rfc: 'RFC 3501 §6.2.1',
  },
  ID: {
    syntax: 'tag ID ("name" "value" …)',
    summary: 'Client and server tell each other their program names and versions, mostly for troubleshooting.',
    rfc: 'RFC 2971 §3.1',
  },
  ENABLE: {
    syntax: 'tag ENABLE extension …',
    summary: 'Switches on extensions that change how the server answers, such as CONDSTORE.',
    rfc: 'RFC 5161 §3.1',
  },
  NAMESPACE: {
    syntax: 'tag NAMESPACE',
    summary: 'Asks where your own folders, other people’s and shared ones live, and which character separates folder names.',
    rfc: 'RFC 2342 §5',
  },
  LIST: {
    syntax: 'tag LIST reference pattern',
    summary: 'Asks for the list of folders (mailboxes). "" means start at the top, and "*" means all of them, however deep.',
    rfc: 'RFC 3501 §6.3.8',
    mailbox: 'With IMAP all your folders live on the server, so every device sees the same ones.',
  },
  LSUB: {
    syntax: 'tag LSUB reference pattern',
    summary: 'Like LIST, but only the folders you subscribed to.',
    rfc: 'RFC 3501 §6.3.9',
  },
  CREATE: {
    syntax: 'tag CREATE name',
    summary: 'Makes a new folder on the server.',
    rfc: 'RFC 3501 §6.3.3',
    mailbox: 'The new folder appears on every device.',
  },
  DELETE: {
    syntax: 'tag DELETE name',
    summary: 'Deletes a folder and everything in it. INBOX cannot be deleted.',
    rfc: 'RFC 3501 §6.3.4',
    mailbox: 'The folder and its messages are gone for every device.',
  },
  RENAME: {
    syntax: 'tag RENAME old new',
    summary: 'Gives a folder a new name.',
    rfc: 'RFC 3501 §6.3.5',
    mailbox: 'The folder, the folders inside it and their messages now have the new name, on every device. Renaming INBOX is refused here, as on Dovecot.',
  },
  SUBSCRIBE: {
    syntax: 'tag SUBSCRIBE name',
    summary: 'Adds a folder to your subscribed list (what LSUB shows).',
    rfc: 'RFC 3501 §6.3.6',
    mailbox: 'Only your subscribed list changes. The folder and its messages stay as they are.',
  },
  UNSUBSCRIBE: {
    syntax: 'tag UNSUBSCRIBE name',
    summary: 'Removes a folder from your subscribed list.',
    rfc: 'RFC 3501 §6.3.7',
    mailbox: 'Only your subscribed list changes. The folder and its messages stay as they are.',
  },
  STATUS: {
    syntax: 'tag STATUS name (items)',
    summary: 'Asks how many messages, unseen messages or the next UID a folder has, without opening it.',
    rfc: 'RFC 3501 §6.3.10',
  },
  SELECT: {
    syntax: 'tag SELECT name',
    summary: 'Opens a folder so you can work with its messages. The server first tells you what is inside.',
    rfc: 'RFC 3501 §6.3.1',
  },
  EXAMINE: {
    syntax: 'tag EXAMINE name',
    summary: 'Opens a folder read-only: you can look, but nothing changes, not even the read marks.',
    rfc: 'RFC 3501 §6.3.2',
  },
  UNSELECT: {
    syntax: 'tag UNSELECT',
    summary: 'Closes the open folder without deleting the messages marked \\Deleted.',
    rfc: 'RFC 3691',
  },
  CLOSE: {
    syntax: 'tag CLOSE',
    summary: 'Closes the open folder, and first removes every message marked \\Deleted, silently.',
    rfc: 'RFC 3501 §6.4.2',
    mailbox: 'Messages marked \\Deleted are gone for every device.',
  },
  CHECK: {
    syntax: 'tag CHECK',
    summary: 'Asks the server to save its housekeeping for the open folder. Most servers do nothing special.',
    rfc: 'RFC 3501 §6.4.1',
    mailbox: 'Nothing changes. This lab\u2019s server, like Dovecot, only sends any news about the open folder, then OK.',
  },
  FETCH: {
    syntax: 'tag FETCH set (items)',
    summary: 'Asks for information about {{set}}: flags, size, headers, or the whole message.',
    rfc: 'RFC 3501 §6.4.5',
    mailbox: 'Fetching a body without .PEEK marks the message as read (\\Seen) on the server, for every device.',
  },
  STORE: {
    syntax: 'tag STORE set ±FLAGS[.SILENT] (flags)',
    summary: 'Changes the flags of {{set}}: +FLAGS adds, -FLAGS removes, FLAGS replaces.',
    rfc: 'RFC 3501 §6.4.6',
    mailbox: 'Flags live on the server, so every device sees the change (read, flagged, deleted…).',
  },
  SEARCH: {
    syntax: 'tag SEARCH criteria',
    summary: 'Asks the server to find messages, for example UNSEEN or FROM "bob". The server does the work, not your device.',
    rfc: 'RFC 3501 §6.4.4',
  },
  EXPUNGE: {
    syntax: 'tag EXPUNGE',
    summary: 'Permanently removes every message in this folder that is marked \\Deleted.',
    rfc: 'RFC 3501 §6.4.3',
    mailbox: 'Those messages are gone from the server, so from every device.',
  },
  COPY: {
    syntax: 'tag COPY set folder',
    summary: 'Copies {{set}} into another folder, on the server. Nothing is downloaded.',
    rfc: 'RFC 3501 §6.4.7',
  },
  MOVE: {
    syntax: 'tag MOVE set folder',
    summary: 'Moves {{set}} into another folder: a copy, then an expunge, in one step.',
    rfc: 'RFC 6851 §3.1',
  },
  APPEND: {
    syntax: 'tag APPEND folder [(flags)] {size}',
    summary: 'Uploads a whole message into a folder, for example a sent message or a draft.',
    rfc: 'RFC 3501 §6.3.11',
    mailbox: 'IMAP clients use this to keep a copy of what you sent in "Sent". It does not send mail: SMTP does.',
  },
  IDLE: {
    syntax: 'tag IDLE',
    summary: 'Waits for news: while idling, the server pushes new mail and changes as they happen. DONE stops it.',
    rfc: 'RFC 2177 §3',
    mailbox:
      'IDLE watches one folder, and RFC 2177 tells clients to renew it at least every 29 minutes. Many phones use a vendor push service or Exchange ActiveSync instead.',
  },
  DONE: {
    syntax: 'DONE',
    summary: 'Stops IDLE (it has no tag). The server then finishes the IDLE command with OK.',
    rfc: 'RFC 2177 §3',
  },
  'UID FETCH': {
    syntax: 'tag UID FETCH uids (items)',
    summary: 'Like FETCH, but picks messages by UID instead of by position in the folder. A UID stays the same while UIDVALIDITY does.',
    rfc: 'RFC 3501 §6.4.8',
    mailbox: 'A body fetch without .PEEK still marks the message \\Seen.',
  },
  'UID STORE': {
    syntax: 'tag UID STORE uids ±FLAGS (flags)',
    summary: 'Like STORE, but picks messages by UID instead of by position.',
    rfc: 'RFC 3501 §6.4.8',
  },
  'UID SEARCH': {
    syntax: 'tag UID SEARCH criteria',
    summary: 'Like SEARCH, but the answer lists UIDs instead of positions.',
    rfc: 'RFC 3501 §6.4.8',
  },
  'UID COPY': {
    syntax: 'tag UID COPY uids folder',
    summary: 'Like COPY, but picks messages by UID instead of by position.',
    rfc: 'RFC 3501 §6.4.8',
  },
  'UID MOVE': {
    syntax: 'tag UID MOVE uids folder',
    summary: 'Like MOVE, but picks messages by UID instead of by position.',
    rfc: 'RFC 6851 §3.1',
  },
  'UID EXPUNGE': {
    syntax: 'tag UID EXPUNGE uids',
    summary: 'Removes only the messages marked \\Deleted whose UIDs you list; others marked \\Deleted stay.',
    rfc: 'RFC 4315 §2.1',
  },
} satisfies Record<string, CommandExplanation>

export type ImapCommandKey = keyof typeof imapCommands

/** FETCH data items, as a client asks for them and as the server labels its answer. */
export const imapFetchItems = {
  FLAGS: { summary: 'the flags (\\Seen, \\Deleted, \\Flagged…)', rfc: 'RFC 3501 §2.3.2' },
  UID: { summary: 'the UID, which stays the same for this message while the folder’s UIDVALIDITY does', rfc: 'RFC 3501 §2.3.1.1' },
  'RFC822.SIZE': { summary: 'the size in octets (bytes)', rfc: 'RFC 3501 §2.3.4' },
  ENVELOPE: { summary: 'the envelope: date, subject, sender and recipients, already parsed', rfc: 'RFC 3501 §7.4.2' },
  INTERNALDATE: { summary: 'the date the server received it', rfc: 'RFC 3501 §2.3.3' },
  BODYSTRUCTURE: { summary: 'the structure of its parts (text, attachments)', rfc: 'RFC 3501 §7.4.2' },
  BODY: { summary: 'the structure of its parts, without extension data', rfc: 'RFC 3501 §7.4.2' },
  'BODY[]': { summary: 'the whole message; this marks it \\Seen (read)', rfc: 'RFC 3501 §6.4.5' },
  'BODY.PEEK[]': { summary: 'the whole message, without marking it read', rfc: 'RFC 3501 §6.4.5' },
  'BODY[HEADER]': { summary: 'all the header lines; this marks it \\Seen', rfc: 'RFC 3501 §6.4.5' },
  'BODY[TEXT]': { summary: 'the body without headers; this marks it \\Seen', rfc: 'RFC 3501 §6.4.5' },
  'BODY[HEADER.FIELDS]': { summary: 'only the named header lines ({{fields}}); this marks it \\Seen', rfc: 'RFC 3501 §6.4.5' },
  'BODY.PEEK[HEADER.FIELDS]': { summary: 'only the named header lines ({{fields}}), without marking it read', rfc: 'RFC 3501 §6.4.5' },
  'BODY.PEEK[section]': { summary: 'part {{section}} of the message, without marking it read', rfc: 'RFC 3501 §6.4.5' },
  'BODY[section]': { summary: 'part {{section}} of the message; this marks it \\Seen', rfc: 'RFC 3501 §6.4.5' },
  RFC822: { summary: 'the whole message (old name for BODY[]); this marks it \\Seen', rfc: 'RFC 3501 §6.4.5' },
  'RFC822.HEADER': { summary: 'the header lines, without marking it read', rfc: 'RFC 3501 §6.4.5' },
  'RFC822.TEXT': { summary: 'the body (old name for BODY[TEXT]); this marks it \\Seen', rfc: 'RFC 3501 §6.4.5' },
  ALL: { summary: 'FLAGS, INTERNALDATE, RFC822.SIZE and ENVELOPE', rfc: 'RFC 3501 §6.4.5' },
  FAST: { summary: 'FLAGS, INTERNALDATE and RFC822.SIZE', rfc: 'RFC 3501 §6.4.5' },
  FULL: { summary: 'FLAGS, INTERNALDATE, RFC822.SIZE, ENVELOPE and BODY', rfc: 'RFC 3501 §6.4.5' },
} satisfies Record<string, Explanation>

export type ImapFetchItemKey = keyof typeof imapFetchItems

/** The three ways STORE can change flags, and the .SILENT variant. */
export const imapStoreActions = {
  '+FLAGS': { summary: 'adds {{flags}} to {{set}}', rfc: 'RFC 3501 §6.4.6' },
  '-FLAGS': { summary: 'removes {{flags}} from {{set}}', rfc: 'RFC 3501 §6.4.6' },
  FLAGS: { summary: 'replaces the flags of {{set}} with {{flags}}', rfc: 'RFC 3501 §6.4.6' },
  SILENT: {
    summary: '.SILENT: this device gets no FETCH echo of the new flags, but other devices still hear about it',
    rfc: 'RFC 3501 §6.4.6',
  },
} satisfies Record<string, Explanation>

/** What common flags mean. */
export const imapFlags: Record<string, string> = {
  '\\SEEN': '\\Seen (read)',
  '\\DELETED': '\\Deleted (marked for removal at the next EXPUNGE)',
  '\\FLAGGED': '\\Flagged (starred)',
  '\\ANSWERED': '\\Answered (replied to)',
  '\\DRAFT': '\\Draft (not finished)',
  '\\RECENT': '\\Recent (new in this session)',
}
