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
    pop3: 'Alice has a personal account and a work account, two mailboxes on the server. Her laptop checks both with POP3.',
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
        pop3: 'The laptop logs in once per account and stores everything in one local inbox. Both mailboxes on the server are now empty. The laptop holds the only copy.',
        imap: 'The laptop logs in once per account. Many mail apps can show both accounts in one inbox, but the mail stays in each mailbox on the server.',
      },
    },
  ],
  questions: [
    {
      id: 'consolidate-logins',
      beforeStep: 1,
      prompt: 'The laptop collects two accounts. How many times does it log in to the server?',
      choices: ['Once under both: one login opens every account', 'Twice under both: once per account', 'Once under POP3, twice under IMAP'],
      answerIndex: 1,
      misconception: 'one-login-many-accounts',
      explanation: 'Each account is its own mailbox with its own password. Both protocols open one session per account; the app merges them only on screen.',
    },
  ],
  expected: {
    pop3: { server: { subjects: [] }, devices: { laptop: { subjects: ALL } } },
    imap: { server: { subjects: ALL }, devices: { laptop: { subjects: ALL } } },
  },
}
