// Claims 10 and 9: the phone is lost. Under IMAP the server still has everything and a new
// device gets it back; under POP3 (no copy left) the only copy was on the phone.

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

const ALL = ['Lunch?', 'Your train tickets', 'Photos from Saturday']

export const lostPhone: Scenario = {
  id: 'lost-phone',
  title: 'The lost phone',
  goal: 'Lose the phone, set up a tablet, and see what mail comes back.',
  claims: [10, 9],
  intro: {
    pop3: 'Alice\'s phone is her only mail device. It uses POP3 with the default setting.',
    imap: 'Alice\'s phone is her only mail device. It uses IMAP.',
  },
  world: {
    users: [{ ...ALICE, messages: STARTER_INBOX }],
    devices: [{ id: 'phone', accounts: [{ user: 'alice' }] }],
    newDeviceAccounts: [{ user: 'alice' }],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'phone' },
      narration: { pop3: 'The phone downloads the mail and the server deletes it.', imap: 'The phone fetches the summaries; the mail stays on the server.' },
    },
    {
      action: { type: 'device.lose', device: 'phone' },
      narration: {
        pop3: 'The phone is left on a bus. The mail on it is gone with it.',
        imap: 'The phone is left on a bus. It held only copies.',
      },
    },
    {
      action: { type: 'device.add', device: 'tablet' },
      narration: { pop3: 'Alice sets up her account on a new tablet.', imap: 'Alice sets up her account on a new tablet.' },
    },
    {
      action: { type: 'user.checkMail', device: 'tablet' },
      narration: {
        pop3: 'The tablet finds an empty maildrop. Unless the phone had left copies on the server, or Alice kept a backup, this mail is lost.',
        imap: 'The tablet sees every message: the server was the backup all along.',
      },
    },
  ],
  questions: [
    {
      id: 'lost-tablet',
      beforeStep: 4,
      prompt: 'What will the new tablet find?',
      choices: ['Everything under both', 'Everything under IMAP, nothing under POP3', 'Nothing under either'],
      answerIndex: 1,
      explanation: 'The POP3 phone deleted the mail from the server after downloading it. IMAP kept it there.',
    },
  ],
  expected: {
    pop3: { server: { subjects: [] }, devices: { phone: { present: false }, tablet: { subjects: [] } } },
    imap: { server: { subjects: ALL }, devices: { phone: { present: false }, tablet: { subjects: ALL } } },
  },
}
