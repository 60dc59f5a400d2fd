// Claims 2 and 9: with POP3 a second device finds nothing once the first has downloaded and
// deleted; with IMAP every device sees the whole mailbox.

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

const ALL = ['Lunch?', 'Your train tickets', 'Photos from Saturday']

export const secondDevice: Scenario = {
  id: 'second-device',
  title: 'A second device',
  goal: 'Check mail on the phone, then on the laptop, and see what the laptop finds.',
  claims: [2, 9],
  intro: {
    pop3: 'Alice reads mail on her phone and her laptop. Both use POP3 with the default setting (no copy left on the server).',
    imap: 'Alice reads mail on her phone and her laptop. Both use IMAP.',
  },
  world: {
    users: [{ ...ALICE, messages: STARTER_INBOX }],
    devices: [
      { id: 'phone', accounts: [{ user: 'alice' }] },
      { id: 'laptop', accounts: [{ user: 'alice' }] },
    ],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'phone' },
      narration: {
        pop3: 'The phone downloads all three messages, marks them with DELE and QUIT commits the deletion.',
        imap: 'The phone fetches the summaries. The messages stay on the server.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'The laptop logs in and STAT says 0 messages: the phone took them. This is why the article calls multi-device access hard with POP3, unless every device leaves a copy (see "Leave a copy").',
        imap: 'The laptop sees the same three messages, because they never left the server.',
      },
    },
  ],
  questions: [
    {
      id: 'second-laptop-finds',
      beforeStep: 2,
      prompt: 'The phone has checked mail. What will the laptop find?',
      choices: ['All three messages under both protocols', 'Nothing under POP3, all three under IMAP', 'Nothing under either'],
      answerIndex: 1,
      explanation: 'The phone\'s POP3 session deleted the messages when it quit; IMAP left them where they were.',
    },
  ],
  expected: {
    pop3: { server: { subjects: [] }, devices: { phone: { subjects: ALL }, laptop: { subjects: [] } } },
    imap: { server: { subjects: ALL }, devices: { phone: { subjects: ALL }, laptop: { subjects: ALL } } },
  },
}
