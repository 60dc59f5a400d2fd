// Claim 7: IMAP keeps read/unread on the server, so a message read on the phone shows as read on
// the laptop; POP3 has no way to tell the server, so each device keeps its own state.

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

export const readSync: Scenario = {
  id: 'read-sync',
  title: 'Read on the phone, read on the laptop?',
  goal: 'Read a message on the phone, then look at it on the laptop.',
  claims: [7, 2],
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
      narration: { pop3: 'The phone downloads the three messages and leaves them on the server.', imap: 'The phone fetches a summary of each message.' },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: { pop3: 'The laptop downloads the same three messages.', imap: 'The laptop fetches the same summaries.' },
    },
    {
      action: { type: 'user.read', device: 'phone', key: 'alice:1' },
      narration: {
        pop3: 'Alice reads "Lunch?" on the phone. Only the phone\'s copy is marked read. POP3 has no way to tell the server, or to ask it what was read.',
        imap: 'Alice opens "Lunch?" on the phone. The server marks it read, for every device.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'The laptop checks again. It already has the message, and still shows it unread.',
        imap: 'The laptop checks again. The server says "Lunch?" is read, and the laptop shows it as read.',
      },
    },
  ],
  questions: [
    {
      id: 'sync-laptop-gets-mail',
      beforeStep: 2,
      prompt: 'The phone has checked mail. When the laptop checks, does it get the three messages?',
      choices: ['Under IMAP only', 'Under both', 'Under neither'],
      answerIndex: 1,
      misconception: 'pop3-single-device-only',
      explanation: 'Here both POP3 devices leave a copy on the server, so the laptop downloads the same three messages. IMAP never took them off the server.',
    },
    {
      id: 'sync-laptop',
      beforeStep: 4,
      prompt: 'Alice read "Lunch?" on the phone. When the laptop checks again, how does it show "Lunch?"?',
      choices: ['Read under both', 'Unread under both', 'Read under IMAP, unread under POP3'],
      answerIndex: 2,
      misconception: 'read-state-syncs-everywhere',
      explanation: 'IMAP keeps \Seen on the server and every device reads it back. POP3 has no command to share read state, so each device keeps its own.',
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
