// What each POP3 command and reply means, in plain words (RFC 1939, RFC 2449 CAPA and
// response codes, RFC 3206 [AUTH], RFC 5034 AUTH). Keys of pop3Commands are the verbs as
// typed; "LIST n" and "UIDL n" are the one-message forms.
import type { CommandExplanation, Explanation } from './types'

export const pop3Commands = {
  USER: {
    syntax: 'USER name',
    summary: 'Tells the server which mailbox you want to open: step one of logging in.',
    rfc: 'RFC 1939 §7',
    mailbox: 'Nothing changes yet: the server only remembers the name until the password comes.',
  },
  PASS: {
    syntax: 'PASS password',
    summary: 'Sends the password for the name given with USER. If it is right, you are logged in.',
    rfc: 'RFC 1939 §7',
    mailbox:
      'RFC 1939 asks the server to lock the maildrop until QUIT. Dovecot does not by default, and neither does this lab: a second session can log in.',
  },
  AUTH: {
    syntax: 'AUTH PLAIN|LOGIN [base64]',
    summary:
      'Logs in with a SASL mechanism. PLAIN packs the name and password into one base64 string; LOGIN asks for them one at a time. Both are encoded, not encrypted.',
    rfc: 'RFC 5034 §4',
    mailbox: 'Same as USER + PASS: on success the session enters TRANSACTION. This lab, like Dovecot by default, does not lock the maildrop.',
  },
  CAPA: {
    syntax: 'CAPA',
    summary: 'Asks the server which optional features it supports, such as TOP, UIDL or SASL.',
    rfc: 'RFC 2449 §5',
  },
  STAT: {
    syntax: 'STAT',
    summary: 'Asks how many messages are waiting and how big they are all together.',
    rfc: 'RFC 1939 §5',
    mailbox: 'Messages you marked with DELE are not counted any more.',
  },
  LIST: {
    syntax: 'LIST',
    summary: 'Asks for the size of every message, one line per message.',
    rfc: 'RFC 1939 §5',
    mailbox: 'Messages marked for deletion are left out of the list.',
  },
  'LIST n': {
    syntax: 'LIST n',
    summary: 'Asks for the size of message {{n}} only.',
    rfc: 'RFC 1939 §5',
  },
  UIDL: {
    syntax: 'UIDL',
    summary:
      'Asks for the unique ID of every message. Unlike message numbers, these IDs stay the same between visits.',
    rfc: 'RFC 1939 §7',
    mailbox: 'This is how a client that leaves a copy on the server knows which messages it already downloaded.',
  },
  'UIDL n': {
    syntax: 'UIDL n',
    summary: 'Asks for the unique ID of message {{n}} only.',
    rfc: 'RFC 1939 §7',
  },
  RETR: {
    syntax: 'RETR n',
    summary: 'Downloads the whole of message {{n}}: headers and body.',
    rfc: 'RFC 1939 §5',
    mailbox: 'The device now has its own copy. The server still keeps the message unless you DELE it and QUIT.',
  },
  TOP: {
    syntax: 'TOP n lines',
    summary: 'Downloads the headers of message {{n}} plus the first {{lines}} lines of its body: a quick preview.',
    rfc: 'RFC 1939 §7',
    mailbox: 'Nothing changes on the server.',
  },
  DELE: {
    syntax: 'DELE n',
    summary: 'Marks message {{n}} for deletion.',
    rfc: 'RFC 1939 §5',
    mailbox: 'It only marks it: nothing is removed until QUIT. RSET, or losing the connection, keeps it.',
  },
  RSET: {
    syntax: 'RSET',
    summary: 'Takes back every DELE of this session: all marks are removed.',
    rfc: 'RFC 1939 §5',
    mailbox: 'All messages are back as if you had never marked them.',
  },
  NOOP: {
    syntax: 'NOOP',
    summary: 'Does nothing. It just checks that the server is still there.',
    rfc: 'RFC 1939 §5',
    mailbox: 'POP3 never tells you about new mail during a session: you have to reconnect to see it.',
  },
  QUIT: {
    syntax: 'QUIT',
    summary: 'Ends the session politely.',
    rfc: 'RFC 1939 §6',
    mailbox:
      'After login this is the moment the server really deletes every message marked with DELE (the UPDATE state).',
  },
  APOP: {
    syntax: 'APOP name digest',
    summary: 'An old way to log in that sends a hash instead of the password.',
    rfc: 'RFC 1939 §7',
  },
} satisfies Record<string, CommandExplanation>

export type Pop3CommandKey = keyof typeof pop3Commands

export const pop3Responses = {
  greeting: {
    summary: 'The server says hello: it is ready and waiting for you to log in.',
    rfc: 'RFC 1939 §4',
  },
  ok: {
    summary: '+OK: the command worked.',
    rfc: 'RFC 1939 §3',
  },
  userAccepted: {
    summary: '+OK: the server noted the name. Now it wants the password (PASS).',
    rfc: 'RFC 1939 §7',
  },
  loggedIn: {
    summary: 'Logged in. The session moves to the TRANSACTION state, where you can list and download mail.',
    rfc: 'RFC 1939 §4',
    mailbox: 'RFC 1939 lets the server lock the maildrop now. This lab does not, as Dovecot by default does not.',
  },
  statCounts: {
    summary: 'There are {{count}} messages, {{octets}} octets (bytes) in total.',
    rfc: 'RFC 1939 §5',
    mailbox: 'Messages marked with DELE are not counted.',
  },
  listHeader: {
    summary: 'A list follows, one line per message, ending with a line that holds only ".".',
    rfc: 'RFC 1939 §5',
  },
  scanListing: {
    summary: 'Message {{n}} is {{octets}} octets (bytes) long.',
    rfc: 'RFC 1939 §5',
  },
  uidlHeader: {
    summary: 'A list of unique IDs follows, one line per message, ending with ".".',
    rfc: 'RFC 1939 §7',
  },
  uidlListing: {
    summary: 'Message {{n}} has the unique ID "{{uid}}". The number can change between visits; this ID does not.',
    rfc: 'RFC 1939 §7',
    mailbox: 'Clients compare these IDs to skip messages they already downloaded.',
  },
  capaHeader: {
    summary: 'The list of optional features follows, one per line, ending with ".".',
    rfc: 'RFC 2449 §5',
  },
  capaLine: {
    summary: 'The server supports the "{{capability}}" feature.',
    rfc: 'RFC 2449 §6',
  },
  retrHeader: {
    summary: 'The message follows: {{octets}} octets, ending with a line that holds only ".".',
    rfc: 'RFC 1939 §5',
  },
  topHeader: {
    summary: 'The headers follow, then the first lines of the body, ending with ".".',
    rfc: 'RFC 1939 §7',
  },
  multilineStart: {
    summary: '+OK, and more lines follow, ending with a line that holds only ".".',
    rfc: 'RFC 1939 §3',
  },
  contentLine: {
    summary: 'A line of the message itself, sent exactly as it is stored.',
    rfc: 'RFC 1939 §5',
  },
  headerLine: {
    summary: 'A header line of the message: "{{field}}".',
    rfc: 'RFC 1939 §5',
  },
  blankLine: {
    summary: 'A blank line inside the message: the first one separates the headers from the body.',
    rfc: 'RFC 1939 §5',
  },
  dotStuffed: {
    summary:
      'A message line that starts with "." gets an extra "." in front, so it cannot be mistaken for the end. The client removes it.',
    rfc: 'RFC 1939 §3',
  },
  terminator: {
    summary: 'A line with only "." means: end of this multi-line reply.',
    rfc: 'RFC 1939 §3',
  },
  dataLine: {
    summary: 'One line of a multi-line reply.',
    rfc: 'RFC 1939 §3',
  },
  deleMarked: {
    summary: 'Message marked for deletion.',
    rfc: 'RFC 1939 §5',
    mailbox: 'Still on the server: it will be removed only at QUIT.',
  },
  rsetDone: {
    summary: 'All deletion marks are removed.',
    rfc: 'RFC 1939 §5',
    mailbox: 'Every message is back, as if DELE had never been sent.',
  },
  noopDone: {
    summary: 'The server is still there.',
    rfc: 'RFC 1939 §5',
  },
  quitDeleted: {
    summary: 'Goodbye. The server now removes every message that was marked with DELE.',
    rfc: 'RFC 1939 §6',
    mailbox: 'Those messages are gone from the server for good. Only the device that downloaded them still has them.',
  },
  quit: {
    summary: 'Goodbye. The connection closes.',
    rfc: 'RFC 1939 §6',
    mailbox: 'Nothing was deleted: every message is still on the server.',
  },
  saslContinue: {
    summary: 'The server is waiting for your login data (base64) to continue AUTH.',
    rfc: 'RFC 5034 §4',
  },
  errGeneric: {
    summary: '-ERR: the command failed. Nothing changed.',
    rfc: 'RFC 1939 §3',
  },
  errUnknownCommand: {
    summary: '-ERR: the server does not know this command, or it is not allowed before login.',
    rfc: 'RFC 1939 §3',
  },
  errNoSuchMessage: {
    summary: '-ERR: there is no message with that number.',
    rfc: 'RFC 1939 §5',
  },
  errInvalidNumber: {
    summary: '-ERR: that is not a valid message number.',
    rfc: 'RFC 1939 §5',
  },
  errDeleted: {
    summary: '-ERR: that message is marked for deletion, so you cannot use it any more in this session.',
    rfc: 'RFC 1939 §5',
    mailbox: 'It is still on the server: RSET would bring it back.',
  },
  errAuth: {
    summary: '-ERR [AUTH]: wrong name or password. The [AUTH] code tells the client to ask you again.',
    rfc: 'RFC 3206 §5',
  },
  errAuthFailed: {
    summary: '-ERR: login failed.',
    rfc: 'RFC 1939 §7',
  },
  errNoUser: {
    summary: '-ERR: PASS came without a USER first, so the server does not know whose password it is.',
    rfc: 'RFC 1939 §7',
  },
  errInUse: {
    summary: '-ERR [IN-USE]: the server says another session holds the lock on this maildrop. Try again later.',
    rfc: 'RFC 2449 §8.1.2',
    mailbox: 'Only servers that lock the maildrop send this (Dovecot with pop3_lock_session = yes). This lab never locks it.',
  },
  errLoginDelay: {
    summary: '-ERR [LOGIN-DELAY]: you logged in too recently. Wait before trying again.',
    rfc: 'RFC 2449 §8.1.1',
  },
  errSys: {
    summary: '-ERR [SYS]: a problem on the server side, not your fault.',
    rfc: 'RFC 3206 §4',
  },
  errLineTooLong: {
    summary: '-ERR: the line was too long, so the server refuses it and may hang up.',
    rfc: 'RFC 2449 §4',
  },
  errTooManyBad: {
    summary: '-ERR: too many bad commands, so the server hangs up.',
    rfc: 'RFC 1939 §3',
    mailbox: 'Nothing was deleted: only QUIT commits deletions.',
  },
  unknownServerLine: {
    summary: 'This is not a POP3 status line (+OK or -ERR). It is probably one line of a longer reply.',
    rfc: 'RFC 1939 §3',
  },
  unknownClientLine: {
    summary: 'The server did not recognise this line as a POP3 command, so it answers -ERR.',
    rfc: 'RFC 1939 §3',
  },
  emptyClientLine: {
    summary: 'An empty line is not a command. The server did not recognise it and answers -ERR.',
    rfc: 'RFC 1939 §3',
  },
  saslResponse: {
    summary: 'The login data for AUTH, in base64 (encoded, not encrypted).',
    rfc: 'RFC 5034 §4',
  },
  saslCancel: {
    summary: '"*" cancels the AUTH login.',
    rfc: 'RFC 5034 §4',
  },
} satisfies Record<string, Explanation>

export type Pop3ResponseKey = keyof typeof pop3Responses
