// How each command is typed, for the console's `help`: one example line per command, with the
// world's own user (alice / secret). IMAP lines are shown without their tag; help adds it.

import type { Protocol } from '@/lib/protocols'

export const COMMAND_SYNTAX: Readonly<Record<Protocol, Readonly<Record<string, string>>>> = {
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
}

/** Words the console adds to its help, around the list of commands. */
export const HELP_WORDS = {
  heading: (protocol: Protocol, state: string) =>
    `Console help (answered by the console, not sent to the ${protocol === 'pop3' ? 'POP3' : 'IMAP'} server). State: ${state}.`,
  allowedHeading: 'Commands the server accepts in this state:',
  none: 'The connection is closed: no commands can be sent. Open a new tab to connect again.',
  imapTags: 'IMAP commands start with a tag you choose (a1, a2, …); Tab fills in the next one.',
  keys: 'Keys: Tab completes a command name, ↑ and ↓ walk the history.',
} as const
