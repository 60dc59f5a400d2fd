// The console's challenges, as words: what to do, a hint, and what it shows once solved.
// The checks that decide "solved" live in lib/console/challenges.ts, by id.

import type { ChallengeId } from '@/lib/console/challenges'

export type { ChallengeId }

export interface ChallengeWords {
  id: ChallengeId
  title: string
  task: string
  hint: string
  /** Shown once the challenge is solved: what the learner just saw. */
  explanation: string
}

export const CHALLENGES: readonly ChallengeWords[] = [
  {
    id: 'peek',
    title: 'Read without a trace',
    task: 'Over IMAP, read the whole of message 2 without marking it read.',
    hint: 'Log in, SELECT INBOX, then FETCH 2 with BODY.PEEK[] instead of BODY[]. Check the server panel: message 2 must still be unread.',
    explanation:
      'A plain BODY[] fetch sets \\Seen on the server, so every device would show the message as read. BODY.PEEK[] returns the same text and changes nothing (RFC 3501 §6.4.5). Previews and search indexers use it.',
  },
  {
    id: 'pop3-rset',
    title: 'Change your mind',
    task: 'Over POP3, delete message 1, then change your mind before it is gone, and end the session properly.',
    hint: 'After USER and PASS, send DELE 1, then RSET, then QUIT. Message 1 must still be on the server.',
    explanation:
      'DELE only marks a message. Nothing is removed until QUIT moves the session into the UPDATE state, and RSET clears every mark before that (RFC 1939 §5–6). So QUIT after RSET deletes nothing.',
  },
  {
    id: 'imap-sync',
    title: 'Read on the phone, see it on the laptop',
    task: 'Make one device learn that another device read a message.',
    hint: 'Open two IMAP tabs (Phone and Laptop), log in and SELECT INBOX on both. On the phone, STORE 1 +FLAGS (\\Seen). Then send NOOP on the laptop.',
    explanation:
      'The server keeps one set of flags for everyone, and tells other sessions with an untagged FETCH. RFC 3501 (§5.2, §7) lets a server send such news at any time. Dovecot, like this lab, sends it when the laptop next talks to it (here NOOP) or while it IDLEs.',
  },
  {
    id: 'new-mail',
    title: 'You have mail',
    task: 'With an IMAP tab that has INBOX selected, deliver a new message and make that tab notice it.',
    hint: 'SELECT INBOX, press "Deliver a new message", then send NOOP (or start IDLE before delivering, and the news arrives by itself).',
    explanation:
      'New mail shows up as an untagged "* n EXISTS": the mailbox now holds n messages. The server sends it at the next command, or straight away to a client in IDLE (RFC 2177). POP3 has no such news: it sees new mail only at the next login.',
  },
  {
    id: 'pop3-drop',
    title: 'Pull the plug',
    task: 'Over POP3, mark a message for deletion, then drop the connection without QUIT. Check that the message survived.',
    hint: 'USER, PASS, DELE 2, then the "Drop connection" button. Look at the server panel.',
    explanation:
      'Only QUIT from the TRANSACTION state commits deletions. A connection that breaks (a phone losing signal) deletes nothing, so the message is still there next time (RFC 1939 §6). The server may still record other things: this lab, like Dovecot, stores \\Seen for messages RETR sent.',
  },
  {
    id: 'smtp-push',
    title: 'Send it, see it arrive',
    task: 'Send Bob a message over SMTP, and watch it arrive in his IMAP tab while that tab idles.',
    hint: 'Connect an IMAP device: a1 LOGIN bob secret, a2 SELECT INBOX, a3 IDLE. Then connect an SMTP device: EHLO laptop.example, the AUTH line that "?" shows for alice, MAIL FROM:<alice@example.org>, RCPT TO:<bob@example.org>, DATA, a Subject: line, a blank line, some text, and a line with only ".". Then look at the IMAP tab.',
    explanation:
      'SMTP carries mail to the server; IMAP shows it. The server put the message in Bob\'s INBOX and told his idling connection at once with "* n EXISTS", without being asked (RFC 2177). A POP3 client would only see it at its next check.',
  },
  {
    id: 'smtp-no-auth',
    title: 'Send without logging in',
    task: 'Over SMTP, try to send a message without logging in. What does the server say?',
    hint: 'Connect an SMTP device, send EHLO laptop.example, then MAIL FROM:<alice@example.org> and RCPT TO:<bob@example.org>, with no AUTH.',
    explanation:
      'A submission server (port 587) takes mail only from users who logged in, or anyone could send mail in your name. Postfix refuses the recipient with 554 5.7.1 "Access denied" (RFC 6409 §4.1); 5.7.1 means a permanent refusal for a security or policy reason (RFC 3463).',
  },
]
