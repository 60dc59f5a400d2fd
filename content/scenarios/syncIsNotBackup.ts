// Claim 10, corrected: sync is not backup. Under IMAP a message deleted on the phone is deleted
// on the server and then on the laptop, even though the laptop held a full offline copy. Under
// POP3 with leave-a-copy, the laptop's copy survives, but only because it is a separate copy
// that nothing protects either. Neither protocol keeps a backup.

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

const ALL = ['Lunch?', 'Your train tickets', 'Photos from Saturday']
const KEPT = ['Lunch?', 'Your train tickets']

export const syncIsNotBackup: Scenario = {
  id: 'sync-is-not-backup',
  title: 'Sync is not backup',
  goal: 'Delete a message on the phone and see which copies survive.',
  claims: [10, 7],
  intro: {
    pop3: 'Alice uses POP3 on a phone and a laptop, and both leave a copy on the server.',
    imap: 'Alice uses IMAP on a phone and a laptop. The laptop keeps a full offline copy of every message.',
  },
  world: {
    users: [{ ...ALICE, messages: STARTER_INBOX }],
    devices: [
      { id: 'phone', accounts: [{ user: 'alice', leaveCopy: true }] },
      { id: 'laptop', accounts: [{ user: 'alice', leaveCopy: true, offlineCopies: 'full' }] },
    ],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'The laptop downloads every message and leaves a copy on the server.',
        imap: 'The laptop downloads every message whole, for reading offline.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'phone' },
      narration: { pop3: 'The phone downloads the same messages.', imap: 'The phone fetches the summaries.' },
    },
    {
      action: { type: 'user.delete', device: 'phone', key: 'alice:3' },
      narration: {
        pop3: 'Alice deletes "Photos from Saturday" on the phone. Only the phone\'s copy goes: the server never hears of it.',
        imap: 'Alice deletes "Photos from Saturday" on the phone. The phone tells the server, which removes the message for good.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'The laptop still has the photos, because its copy is separate. But if the laptop broke, that copy would be gone too: this is no backup.',
        imap: 'The laptop syncs, and its full offline copy of the photos is removed too. Sync copies deletions to every device, so it is no backup.',
      },
    },
  ],
  questions: [
    {
      id: 'backup-offline-copy',
      beforeStep: 4,
      prompt: 'The laptop has held a full copy of the photos for days. Alice deleted them on the phone. What happens to the laptop\'s copy at its next check?',
      choices: ['It stays under both protocols', 'It is deleted under both protocols', 'It is deleted under IMAP, and stays under POP3 with a copy left'],
      answerIndex: 2,
      misconception: 'offline-copy-is-a-backup',
      explanation: 'An IMAP offline copy mirrors the server, so a deletion reaches it too. Under POP3 each copy is separate, which is not the same as safe.',
    },
  ],
  expected: {
    pop3: { server: { subjects: ALL }, devices: { phone: { subjects: KEPT }, laptop: { subjects: ALL } } },
    imap: { server: { subjects: KEPT }, devices: { phone: { subjects: KEPT }, laptop: { subjects: KEPT } } },
  },
}
