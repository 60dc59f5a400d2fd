// What SMTP server replies mean (RFC 5321 §4.2): by three-digit code, with the finer readings the
// classifier picks from the command being answered, and the enhanced status codes of RFC 3463.
// Where the lab's server (and the recorded Postfix 3.7) words or chooses a reply its own way, the
// note says whose behaviour it is.
import type { Explanation } from './types'

/** One entry per reply code a learner can meet. `{{text}}` is the reply's own words. */
export const smtpReplyCodes = {
  '220': { summary: 'The server says hello: it is ready. Next, the client says EHLO.', rfc: 'RFC 5321 §3.1' },
  '221': { summary: 'Goodbye: the server closes the connection.', rfc: 'RFC 5321 §4.1.1.10' },
  '235': {
    summary: 'Logged in. The server now lets you send mail.',
    rfc: 'RFC 4954 §6',
    mailbox: 'Mail sent from now on gets "with ESMTPA" in its Received: header: the A means authenticated.',
  },
  '250': { summary: 'OK: the command worked.', rfc: 'RFC 5321 §4.2.2' },
  '251': { summary: 'OK, but the user is not here: the server will forward the message.', rfc: 'RFC 5321 §3.4' },
  '252': {
    summary: 'The server will not say whether the address exists, but it would try to deliver mail to it.',
    rfc: 'RFC 5321 §3.5.3',
    mailbox: 'Postfix, like this lab, never confirms more than this, so VRFY cannot be used to collect addresses.',
  },
  '334': { summary: 'The server waits for the next part of the login, in base64.', rfc: 'RFC 4954 §4' },
  '354': {
    summary: 'Go ahead: send the message now. Every line counts as message text until a line that holds only ".".',
    rfc: 'RFC 5321 §4.1.1.4',
  },
  '421': {
    summary: 'The server is closing the connection and will not take more commands now.',
    rfc: 'RFC 5321 §3.8',
  },
  '450': { summary: 'Not now: the mailbox is busy or unavailable for the moment. Try again later.', rfc: 'RFC 5321 §4.2.2' },
  '451': { summary: 'Not now: the server hit a local problem. Try again later; nothing was sent.', rfc: 'RFC 5321 §4.2.2' },
  '452': { summary: 'Not now: the server lacks room, or you named too many recipients at once. Try again later.', rfc: 'RFC 5321 §4.2.2' },
  '500': { summary: 'The server did not understand the line: it is not a command it knows, or it is too long.', rfc: 'RFC 5321 §4.2.2' },
  '501': { summary: 'The command is known, but what follows it is wrong or missing.', rfc: 'RFC 5321 §4.2.2' },
  '502': { summary: 'The server knows this command but does not offer it.', rfc: 'RFC 5321 §4.2.4' },
  '503': { summary: 'Wrong order: this command does not fit at this point of the conversation.', rfc: 'RFC 5321 §4.1.4' },
  '504': { summary: 'The command is fine, but the server does not support this option of it.', rfc: 'RFC 5321 §4.2.2' },
  '530': {
    summary: 'Log in first: the server sends mail only for users who used AUTH.',
    rfc: 'RFC 4954 §6',
    mailbox: 'Postfix, and this lab, refuse the recipient with 554 5.7.1 instead.',
  },
  '535': { summary: 'Login failed: the name or password is wrong, or the base64 could not be read.', rfc: 'RFC 4954 §6' },
  '550': { summary: 'Refused: the mailbox does not exist here, or policy forbids it. Trying again will not help.', rfc: 'RFC 5321 §4.2.2' },
  '551': { summary: 'The user is not here, and the server will not forward the message.', rfc: 'RFC 5321 §3.4' },
  '552': { summary: 'Refused: the message is too big, or the mailbox has no room left.', rfc: 'RFC 5321 §4.2.2' },
  '553': { summary: 'Refused: the address is not written in a form the server accepts.', rfc: 'RFC 5321 §4.2.2' },
  '554': { summary: 'Refused: the transaction failed, often because policy forbids it.', rfc: 'RFC 5321 §4.2.2' },
  '555': { summary: 'The server does not know an option you added after MAIL FROM or RCPT TO.', rfc: 'RFC 5321 §4.2.2' },
} satisfies Record<string, Explanation>

export type SmtpReplyCode = keyof typeof smtpReplyCodes

/** Readings of a reply that depend on the command it answers, or on its text. */
export const smtpReplies = {
  ehloHello: {
    summary: 'Hello back: the server gives its own name. The lines after it each name one extension it supports.',
    rfc: 'RFC 5321 §4.1.1.1',
  },
  heloHello: { summary: 'Hello back, on one line. After HELO the server lists no extensions.', rfc: 'RFC 5321 §4.1.1.1' },
  ehloKeywordOther: { summary: 'The server supports the "{{keyword}}" extension.', rfc: 'RFC 5321 §4.1.1.1' },
  senderOk: {
    summary: 'Sender accepted. Next, name the recipients with RCPT TO.',
    rfc: 'RFC 5321 §4.1.1.2',
  },
  recipientOk: {
    summary: 'Recipient accepted. Add more with RCPT TO, or send DATA.',
    rfc: 'RFC 5321 §4.1.1.3',
  },
  queued: {
    summary: 'Accepted: the server now takes responsibility for the message and queued it for delivery ({{text}}).',
    rfc: 'RFC 5321 §4.1.1.4',
    mailbox: 'Mail for a local user lands in their INBOX; an IMAP client that idles hears of it at once.',
  },
  resetOk: { summary: 'Done: the message started so far is forgotten.', rfc: 'RFC 5321 §4.1.1.5' },
  noopOk: { summary: 'OK: the server is still there.', rfc: 'RFC 5321 §4.1.1.9' },
  loginUsername: { summary: 'The server asks for your user name. "VXNlcm5hbWU6" is base64 for "Username:".', rfc: 'RFC 4954 §4' },
  loginPassword: { summary: 'The server asks for your password. "UGFzc3dvcmQ6" is base64 for "Password:".', rfc: 'RFC 4954 §4' },
  plainChallenge: {
    summary: 'An empty challenge: send the PLAIN credentials now, as one base64 line.',
    rfc: 'RFC 4954 §4',
  },
  helpNotImplemented: {
    summary: 'Postfix does not implement HELP, and neither does this lab, so HELP gets "command not recognised".',
    rfc: 'RFC 5321 §4.1.1.8',
  },
  badSyntax: { summary: 'An empty line is not a command.', rfc: 'RFC 5321 §4.2.2' },
  tooManyErrors: {
    summary: 'Too many errors in one session, so the server hangs up. Postfix does this after 20 errors.',
    rfc: 'RFC 5321 §3.8',
  },
  accessDenied: {
    summary: 'Refused: you are not logged in, so this submission server will not take mail from you. Log in with AUTH first.',
    rfc: 'RFC 6409 §4.1',
    mailbox: 'Postfix says "Access denied" with 554 5.7.1 here; RFC 4954 also offers 530 5.7.0 for this.',
  },
  relayDenied: {
    summary: 'Refused: this server only takes mail for its own users from other servers. It is not an open relay.',
    rfc: 'RFC 5321 §3.6',
  },
  userUnknown: { summary: 'No such user here: the address does not name a mailbox on this server.', rfc: 'RFC 5321 §4.2.2' },
  mailboxFull: {
    summary: 'Refused: the recipient\'s mailbox is full (over quota). The sender is told at once.',
    rfc: 'RFC 5321 §4.2.2',
    mailbox: 'Deleting or archiving old mail frees room, and the next message fits again.',
  },
  tooBig: { summary: 'Refused: the message is bigger than this server accepts (see SIZE in the EHLO reply).', rfc: 'RFC 1870 §6' },
  unknownServerLine: { summary: 'This line does not start with a three-digit reply code.', rfc: 'RFC 5321 §4.2' },
} satisfies Record<string, Explanation>

export type SmtpReplyKey = keyof typeof smtpReplies

/** RFC 3463 §2: the first number of an enhanced status code. */
export const enhancedClasses: Readonly<Record<string, string>> = {
  '2': 'success',
  '4': 'a failure that may pass (try again later)',
  '5': 'a permanent failure',
}

/** RFC 3463 §3.1–3.8: the second number, the subject. */
export const enhancedSubjects: Readonly<Record<string, { name: string; section: string }>> = {
  '0': { name: 'other', section: '3.1' },
  '1': { name: 'addresses', section: '3.2' },
  '2': { name: 'the mailbox', section: '3.3' },
  '3': { name: 'the mail system', section: '3.4' },
  '4': { name: 'network and routing', section: '3.5' },
  '5': { name: 'the mail protocol', section: '3.6' },
  '6': { name: 'message content', section: '3.7' },
  '7': { name: 'security or policy', section: '3.8' },
}

/** The detail codes a learner meets here, as subject.detail or as a whole code (RFC 3463 §3; RFC 4954 §6 for 2.7.0 and 5.7.8). */
export const enhancedDetails: Readonly<Record<string, string>> = {
  '0.0': 'nothing more specific to say',
  '1.0': 'about an address, nothing more specific',
  '1.1': 'no such mailbox',
  '1.3': 'the recipient address is badly written',
  '1.5': 'the recipient address is valid',
  '1.7': 'the sender address is badly written',
  '2.2': 'the mailbox is full',
  '3.1': 'the mail system is full',
  '3.4': 'the message is too big for the system',
  '5.1': 'invalid command',
  '5.2': 'syntax error',
  '5.3': 'too many recipients',
  '5.4': 'invalid command arguments',
  '7.0': 'a security matter, nothing more specific',
  '2.7.0': 'logged in (RFC 4954 §6)',
  '7.1': 'delivery not authorised, message refused',
  '7.8': 'the credentials are wrong (RFC 4954 §6)',
}
