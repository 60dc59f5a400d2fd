// What each SMTP command means, in plain words (RFC 5321 commands, RFC 6409 submission, RFC 4954
// AUTH, RFC 1870 SIZE, RFC 2920 PIPELINING), and the EHLO keywords a server lists. Keys of
// smtpCommands are the verbs as typed; what the lab's server (and the recorded Postfix) answers is
// in the `mailbox` line where it matters.
import type { CommandExplanation, Explanation } from './types'

export const smtpCommands = {
  EHLO: {
    syntax: 'EHLO laptop.example',
    summary: 'Says hello and gives the name of your computer. The server answers with the extensions it supports, one per line.',
    rfc: 'RFC 5321 §4.1.1.1',
    mailbox: 'EHLO also cancels a message you had started (MAIL, RCPT) but not sent.',
  },
  HELO: {
    syntax: 'HELO laptop.example',
    summary: 'The old hello, from before SMTP had extensions. The server answers with one line and lists no extensions.',
    rfc: 'RFC 5321 §4.1.1.1',
  },
  AUTH: {
    syntax: 'AUTH PLAIN base64  or  AUTH LOGIN',
    summary:
      'Logs in, so the server lets you send. PLAIN packs name and password into one base64 string; LOGIN asks for them one at a time. Base64 is an encoding, not encryption.',
    rfc: 'RFC 4954 §4',
    mailbox: 'A submission server (port 587) sends mail only for users who logged in (RFC 6409 §3.3).',
  },
  MAIL: {
    syntax: 'MAIL FROM:<alice@example.org>',
    summary: 'Starts a new message and says who sends it: {{address}}. This is the envelope sender, where bounces go.',
    rfc: 'RFC 5321 §4.1.1.2',
    mailbox: 'The envelope is not the message: the From: line inside the message can say something else.',
  },
  RCPT: {
    syntax: 'RCPT TO:<bob@example.org>',
    summary: 'Names one recipient: {{address}}. Send RCPT once for each person the message goes to.',
    rfc: 'RFC 5321 §4.1.1.3',
  },
  DATA: {
    syntax: 'DATA',
    summary: 'Asks to send the message itself. After the 354 reply, every line is part of the message until a line that holds only ".".',
    rfc: 'RFC 5321 §4.1.1.4',
  },
  RSET: {
    syntax: 'RSET',
    summary: 'Throws away the message started so far (sender, recipients, text). You stay connected and logged in.',
    rfc: 'RFC 5321 §4.1.1.5',
  },
  NOOP: {
    syntax: 'NOOP',
    summary: 'Does nothing. It only checks that the server is still there.',
    rfc: 'RFC 5321 §4.1.1.9',
  },
  VRFY: {
    syntax: 'VRFY bob@example.org',
    summary: 'Asks whether an address exists here. Servers rarely say yes: spammers would use it to collect addresses.',
    rfc: 'RFC 5321 §4.1.1.6',
    mailbox: 'Once you are logged in, Postfix, like this lab, answers 252 ("I would try to deliver it") for a known user and 550 for an unknown one. Before that, 554 5.7.1.',
  },
  HELP: {
    syntax: 'HELP',
    summary: 'Asks the server to describe its commands. HELP is optional (RFC 5321 §4.5.1 does not require it).',
    rfc: 'RFC 5321 §4.1.1.8',
    mailbox: 'Postfix does not implement HELP, and neither does this lab: the answer is 500 5.5.2.',
  },
  QUIT: {
    syntax: 'QUIT',
    summary: 'Ends the session politely. The server answers 221 and closes the connection.',
    rfc: 'RFC 5321 §4.1.1.10',
    mailbox: 'A message is sent only once "." got a 250 reply. QUIT before that sends nothing.',
  },
} satisfies Record<string, CommandExplanation>

export type SmtpCommandKey = keyof typeof smtpCommands

/**
 * Commands RFC 5321 or its extensions define that the lab's server does not offer: they get
 * 500 5.5.2 here. Named so the note can say "a real command, not offered here".
 */
export const smtpOtherCommands: Readonly<Record<string, string>> = {
  EXPN: 'EXPN asks for the members of a mailing list (RFC 5321 §4.1.1.7)',
  STARTTLS: 'STARTTLS turns the connection into an encrypted one (RFC 3207)',
  BDAT: 'BDAT sends the message in chunks instead of DATA (RFC 3030)',
  ETRN: 'ETRN asks a server to send mail it queued for you (RFC 1985)',
  TURN: 'TURN swapped the roles of client and server; it is obsolete (RFC 5321 Appendix F.1)',
  SEND: 'SEND, SOML and SAML were old ways to deliver to a terminal; they are obsolete (RFC 5321 Appendix F.6)',
}

/** The EHLO keywords (RFC 5321 §4.1.1.1): one per line of the 250 reply after the first. */
export const smtpEhloKeywords = {
  PIPELINING: {
    summary: 'PIPELINING: you may send several commands at once without waiting for each reply. The replies come back in order.',
    rfc: 'RFC 2920 §3',
  },
  SIZE: {
    summary: 'SIZE {{value}}: the largest message this server accepts is {{value}} octets (bytes). You can announce a size with MAIL FROM:<…> SIZE=n.',
    rfc: 'RFC 1870 §4',
  },
  VRFY: {
    summary: 'VRFY: the server answers the VRFY command (though it rarely confirms an address).',
    rfc: 'RFC 5321 §3.5',
  },
  ETRN: {
    summary: 'ETRN: another server may ask this one to send the mail queued for it.',
    rfc: 'RFC 1985',
  },
  AUTH: {
    summary: 'AUTH {{value}}: you can log in, with these mechanisms.',
    rfc: 'RFC 4954 §3',
  },
  STARTTLS: {
    summary: 'STARTTLS: the connection can be switched to encryption. This lab leaves encryption out.',
    rfc: 'RFC 3207',
  },
  ENHANCEDSTATUSCODES: {
    summary: 'ENHANCEDSTATUSCODES: replies carry a second, finer code such as 2.1.5 after the three digits (the codes are RFC 3463\'s).',
    rfc: 'RFC 2034',
  },
  '8BITMIME': {
    summary: '8BITMIME: the message may contain bytes beyond plain ASCII (accents, for example) without extra encoding.',
    rfc: 'RFC 6152',
  },
  DSN: {
    summary: 'DSN: you may ask for a delivery report (success, delay or failure) for each recipient.',
    rfc: 'RFC 3461',
  },
  SMTPUTF8: {
    summary: 'SMTPUTF8: addresses and headers may use UTF-8, such as names written in other alphabets.',
    rfc: 'RFC 6531',
  },
  CHUNKING: {
    summary: 'CHUNKING: the message may be sent in pieces with BDAT instead of DATA.',
    rfc: 'RFC 3030',
  },
} satisfies Record<string, Explanation>

export type SmtpEhloKeyword = keyof typeof smtpEhloKeywords
