// Claims 10 and 9: the phone is lost. Under IMAP the server still has the mail and a new device
// gets it back; under POP3 (no copy left) the only copy was on the phone. But sync is not backup:
// a message deleted on the IMAP phone is gone from the server too, so the tablet never sees it.

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

const KEPT = ['Lunch?', 'Your train tickets']

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
      action: { type: 'user.delete', device: 'phone', key: 'alice:3' },
      narration: {
        pop3: 'Alice deletes "Photos from Saturday" on the phone. The phone held the only copy.',
        imap: 'Alice deletes "Photos from Saturday" on the phone. The phone tells the server, which removes it for every device.',
      },
    },
    {
      action: { type: 'device.lose', device: 'phone' },
      narration: {
        pop3: 'The phone is left on a bus. The mail on it is gone with it.',
        imap: 'The phone is left on a bus. It held only copies of what the server keeps.',
      },
    },
    {
      action: { type: 'device.add', device: 'tablet' },
      narration: { pop3: 'Alice sets up her account on a new tablet.', imap: 'Alice sets up her account on a new tablet.' },
    },
    {
      action: { type: 'user.checkMail', device: 'tablet' },
      narration: {
        pop3: 'The tablet finds an empty mailbox. The phone had the only copy, so this mail is lost unless Alice kept a backup.',
        imap: 'The tablet gets back every message the server still holds. The deleted photos stay gone: sync copies deletions too, so it is not a backup.',
      },
    },
  ],
  questions: [
    {
      id: 'lost-deleted-comes-back',
      beforeStep: 5,
      prompt: 'Alice deleted "Photos from Saturday" on the phone before she lost it. Does the new tablet get that message back?',
      choices: ['Yes under IMAP, no under POP3', 'Yes under both', 'No under both'],
      answerIndex: 2,
      misconception: 'sync-is-backup',
      explanation:
        'Under IMAP the phone told the server to delete it, so it is gone for every device. Under POP3 the server had nothing left at all. Keeping devices in sync is not a backup.',
    },
  ],
  expected: {
    pop3: { server: { subjects: [] }, devices: { phone: { present: false }, tablet: { subjects: [] } } },
    imap: { server: { subjects: KEPT }, devices: { phone: { present: false }, tablet: { subjects: KEPT } } },
  },
}
