// How each command is typed, for the console's `help`: one example line per command, with the
// world's own user (alice / secret). IMAP lines are shown without their tag; help adds it.

import type { MailProtocol } from '@/lib/protocols'

const PROTOCOL_NAMES: Readonly<Record<MailProtocol, string>> = { pop3: 'POP3', imap: 'IMAP', smtp: 'SMTP' }

export const COMMAND_SYNTAX: Readonly<Record<MailProtocol, Readonly<Record<string, string>>>> = {
  pop3: {
    USER: 'USER alice',
    PASS: 'PASS secret',
    'AUTH': 'AUTH PLAIN AGFsaWNlAHNlY3JldA==  or  AUTH LOGIN',
    CAPA: 'CAPA',
    STAT: 'STAT',
    LIST: 'LIST [n]',
    RETR: 'RETR n',
    DELE: 'DELE n',
    NOOP: 'NOOP',
    RSET: 'RSET',
    TOP: 'TOP n lines',
    UIDL: 'UIDL [n]',
    QUIT: 'QUIT',
  },
  imap: {
    CAPABILITY: 'CAPABILITY',
    NOOP: 'NOOP',
    LOGOUT: 'LOGOUT',
    LOGIN: 'LOGIN alice secret',
    AUTHENTICATE: 'AUTHENTICATE PLAIN  or  AUTHENTICATE LOGIN',
    ID: 'ID NIL',
    ENABLE: 'ENABLE capability',
    NAMESPACE: 'NAMESPACE',
    IDLE: 'IDLE  (then DONE)',
    LIST: 'LIST "" "*"',
    LSUB: 'LSUB "" "*"',
    SUBSCRIBE: 'SUBSCRIBE Archive',
    UNSUBSCRIBE: 'UNSUBSCRIBE Archive',
    CREATE: 'CREATE Archive',
    DELETE: 'DELETE Archive',
    RENAME: 'RENAME Archive Old',
    STATUS: 'STATUS INBOX (MESSAGES UNSEEN)',
    SELECT: 'SELECT INBOX',
    EXAMINE: 'EXAMINE INBOX',
    UNSELECT: 'UNSELECT',
    CLOSE: 'CLOSE',
    CHECK: 'CHECK',
    FETCH: 'FETCH 1:* (FLAGS ENVELOPE)  or  FETCH 2 BODY.PEEK[]',
    STORE: 'STORE 1 +FLAGS (\\Seen)',
    SEARCH: 'SEARCH UNSEEN  or  SEARCH CHARSET UTF-8 SUBJECT "München"',
    EXPUNGE: 'EXPUNGE',
    UID: 'UID FETCH 1:* (FLAGS)',
    'UID FETCH': 'UID FETCH 1:* (FLAGS)',
    'UID STORE': 'UID STORE 2 +FLAGS (\\Flagged)',
    'UID SEARCH': 'UID SEARCH UNSEEN',
    'UID COPY': 'UID COPY 1 Archive',
    'UID MOVE': 'UID MOVE 1 Archive',
    'UID EXPUNGE': 'UID EXPUNGE 1',
    COPY: 'COPY 1 Archive',
    MOVE: 'MOVE 1 Archive',
    APPEND: 'APPEND INBOX {n}  (then the message)',
  },
  smtp: {
    EHLO: 'EHLO laptop.example',
    HELO: 'HELO laptop.example',
    AUTH: 'AUTH PLAIN base64  or  AUTH LOGIN',
    MAIL: 'MAIL FROM:<alice@example.org>',
    RCPT: 'RCPT TO:<bob@example.org>',
    DATA: 'DATA  (then the message, then a line with only ".")',
    RSET: 'RSET',
    NOOP: 'NOOP',
    VRFY: 'VRFY bob@example.org',
    HELP: 'HELP  (sent to the server)',
    QUIT: 'QUIT',
  },
}

/** What the console says when an SMTP tab starts writing a message, after DATA's 354 (RFC 5321 §4.1.1.4). */
export const DATA_NOTICE =
  'Now type the message, one line at a time: header lines such as "Subject: Hello", a blank line, then the text. Every line is sent as part of the message. A line with only "." ends it and sends it.'

/** Words the console adds to its help, around the list of commands. */
export const HELP_WORDS = {
  heading: (protocol: MailProtocol, state: string) =>
    `Console help (answered by the console, not sent to the ${PROTOCOL_NAMES[protocol]} server). State: ${state}.`,
  allowedHeading: 'Commands the server accepts in this state:',
  none: 'The connection is closed: no commands can be sent. Open a new tab to connect again.',
  imapTags: 'IMAP commands start with a tag you choose (a1, a2, …); Tab fills in the next one.',
  smtpSteps:
    'To send a message: EHLO, AUTH, MAIL FROM, RCPT TO, DATA. After DATA\'s 354 every line you type is part of the message (no Tab completion, and "?" is text too) until a line with only ".". Type ? for this help; HELP goes to the server.',
  smtpLogin: (user: string, line: string) =>
    `To log in as ${user}, type: ${line}  (the name and password in base64: encoded, not encrypted)`,
  keys: 'Keys: Tab completes a command name, ↑ and ↓ walk the history.',
} as const
