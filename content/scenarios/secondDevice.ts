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
        pop3: 'The phone downloads all three messages. Then it tells the server to delete them.',
        imap: 'The phone fetches the summaries. The messages stay on the server.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'The laptop logs in and finds 0 messages: the phone took them. That is why two devices are hard with POP3, unless every device leaves a copy.',
        imap: 'The laptop sees the same three messages, because they never left the server.',
      },
    },
  ],
  questions: [
    {
      id: 'second-which-setting',
      beforeStep: 2,
      prompt: 'The POP3 laptop will find nothing. Which one setting, turned on before the phone checked, would have let the laptop get the mail?',
      choices: ['"Leave a copy" on the laptop', '"Leave a copy" on the phone', 'Checking mail more often on the laptop'],
      answerIndex: 1,
      misconception: 'setting-on-reading-device',
      explanation:
        'The phone deleted the mail when it said goodbye. Only the phone\'s own setting could have stopped that. A setting on the laptop cannot bring back mail that is already gone.',
    },
  ],
  expected: {
    pop3: { server: { subjects: [] }, devices: { phone: { subjects: ALL }, laptop: { subjects: [] } } },
    imap: { server: { subjects: ALL }, devices: { phone: { subjects: ALL }, laptop: { subjects: ALL } } },
  },
}
