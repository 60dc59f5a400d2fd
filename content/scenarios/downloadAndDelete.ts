// Claim 1 (and 8): POP3 downloads mail to the device and then deletes it from the server by
// default; IMAP leaves it on the server and shows the device a summary.

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

export const downloadAndDelete: Scenario = {
  id: 'download-and-delete',
  title: 'Download and delete',
  goal: 'See where your mail lives after one check: on the phone under POP3, on the server under IMAP.',
  claims: [1, 8],
  intro: {
    pop3: 'Alice has three messages waiting on the server. Her phone uses POP3 with the default setting: do not leave a copy on the server.',
    imap: 'The same three messages wait on the server. Her phone uses IMAP, which works on the mailbox where it is: on the server.',
  },
  world: {
    users: [{ ...ALICE, messages: STARTER_INBOX }],
    devices: [{ id: 'phone', accounts: [{ user: 'alice' }] }],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'phone' },
      narration: {
        pop3: 'The phone logs in, lists the mailbox and downloads every message whole. It marks each one for deletion, and the server deletes them when the phone says goodbye. Many modern POP3 clients leave a copy on the server instead.',
        imap: 'The phone logs in, opens the inbox and fetches a short summary of each message: sender, subject and size. The messages stay on the server. A body comes down only when Alice opens it.',
      },
    },
  ],
  questions: [
    {
      id: 'dad-what-stays',
      beforeStep: 1,
      prompt: 'After the phone checks mail once, what is left on the server?',
      choices: ['Nothing under POP3, all three under IMAP', 'All three under both', 'Nothing under either'],
      answerIndex: 0,
      misconception: 'imap-downloads-like-pop3',
      explanation: 'POP3 marks each downloaded message with DELE and QUIT removes them. IMAP never removes a message unless a client sets \\Deleted and expunges it.',
    },
  ],
  expected: {
    pop3: {
      server: { subjects: [] },
      devices: { phone: { subjects: ['Lunch?', 'Your train tickets', 'Photos from Saturday'], withBody: ['Lunch?', 'Your train tickets', 'Photos from Saturday'], unseen: ['Lunch?', 'Your train tickets', 'Photos from Saturday'] } },
      sent: ['RETR 1', 'DELE 1', 'QUIT'],
    },
    imap: {
      server: { subjects: ['Lunch?', 'Your train tickets', 'Photos from Saturday'] },
      devices: { phone: { subjects: ['Lunch?', 'Your train tickets', 'Photos from Saturday'], withoutBody: ['Lunch?', 'Your train tickets', 'Photos from Saturday'] } },
      notSent: ['EXPUNGE'],
    },
  },
  comparisons: [{ measure: 'serverBytes', relation: 'pop3<imap' }],
}
