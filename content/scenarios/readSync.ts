// Claim 7: IMAP keeps read/unread on the server, so a message read on the phone shows as read on
// the laptop; POP3 has no way to tell the server, so each device keeps its own state.

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

export const readSync: Scenario = {
  id: 'read-sync',
  title: 'Read on the phone, read on the laptop?',
  goal: 'Read a message on the phone, then look at it on the laptop.',
  claims: [7],
  intro: {
    pop3: 'Both devices use POP3 with "leave a copy" on, so both can download the mail (without it, the laptop would get nothing at all).',
    imap: 'Both devices use IMAP.',
  },
  world: {
    users: [{ ...ALICE, messages: STARTER_INBOX }],
    devices: [
      { id: 'phone', accounts: [{ user: 'alice', leaveCopy: true }] },
      { id: 'laptop', accounts: [{ user: 'alice', leaveCopy: true }] },
    ],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'phone' },
      narration: { pop3: 'The phone downloads the three messages and leaves them on the server.', imap: 'The phone fetches the summaries.' },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: { pop3: 'The laptop downloads the same three messages.', imap: 'The laptop fetches the same summaries.' },
    },
    {
      action: { type: 'user.read', device: 'phone', key: 'alice:1' },
      narration: {
        pop3: 'Alice reads "Lunch?" on the phone. Only the phone\'s copy is marked read. (The server flagged every message \\Seen when it was downloaded, as Dovecot does, but POP3 has no command to read or set flags, so no POP3 client ever sees them.)',
        imap: 'Alice opens "Lunch?" on the phone: UID FETCH … BODY[] sets \\Seen on the server.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'The laptop checks again. It has the message already (UIDL), and still shows it unread.',
        imap: 'The laptop checks again: the server reports FLAGS (\\Seen) for "Lunch?", and the laptop shows it as read.',
      },
    },
  ],
  questions: [
    {
      id: 'sync-laptop',
      beforeStep: 4,
      prompt: 'Alice read "Lunch?" on the phone. When the laptop checks again, how does it show "Lunch?"?',
      choices: ['Read under both', 'Read under IMAP, unread under POP3', 'Unread under both'],
      answerIndex: 1,
      explanation: 'IMAP stores \\Seen on the server and every device reads it back. POP3 keeps read state on each device.',
    },
  ],
  expected: {
    pop3: {
      devices: { phone: { seen: ['Lunch?'] }, laptop: { seen: [], unseen: ['Lunch?', 'Your train tickets', 'Photos from Saturday'] } },
    },
    imap: {
      server: { seen: ['Lunch?'] },
      devices: { phone: { seen: ['Lunch?'] }, laptop: { seen: ['Lunch?'], unseen: ['Your train tickets', 'Photos from Saturday'] } },
    },
  },
}
