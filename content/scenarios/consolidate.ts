// Claim 6: a POP3 client can pull several accounts into one local inbox. An IMAP client can show
// several accounts together too; the difference is where the mail then lives.

import type { Scenario } from '@/lib/simulator'
import { ALICE, BUDGET, LUNCH, OFFSITE, TICKETS, WORK } from './mail'

const ALL = ['Lunch?', 'Your train tickets', 'Budget review moved', 'Team offsite agenda']

export const consolidate: Scenario = {
  id: 'consolidate',
  title: 'Two accounts, one inbox',
  goal: 'Collect a personal and a work account on one laptop.',
  claims: [6],
  intro: {
    pop3: 'Alice has a personal account (alice) and a work account (work) on two mailboxes. Her laptop checks both with POP3.',
    imap: 'The same two accounts, checked with IMAP.',
  },
  world: {
    users: [
      { ...ALICE, messages: [LUNCH, TICKETS] },
      { ...WORK, messages: [BUDGET, OFFSITE] },
    ],
    devices: [{ id: 'laptop', accounts: [{ user: 'alice' }, { user: 'work' }] }],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'The laptop runs one POP3 session per account and stores everything in one local inbox. Both mailboxes on the server are now empty: the laptop is the only place this mail exists.',
        imap: 'The laptop opens one IMAP session per account. Many IMAP clients can show a unified inbox too, but the mail stays in each account on the server.',
      },
    },
  ],
  expected: {
    pop3: { server: { subjects: [] }, devices: { laptop: { subjects: ALL } } },
    imap: { server: { subjects: ALL }, devices: { laptop: { subjects: ALL } } },
  },
}
