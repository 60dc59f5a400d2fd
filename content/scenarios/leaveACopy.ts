// Claim 3: a POP3 client can leave a copy on the server; then a second device can download the
// mail too, and UIDL lets each device skip what it already has, so nothing is duplicated.

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

const ALL = ['Lunch?', 'Your train tickets', 'Photos from Saturday']

export const leaveACopy: Scenario = {
  id: 'leave-a-copy',
  title: 'Leave a copy on the server',
  goal: 'Turn on "leave a copy" and see two POP3 devices share a mailbox without duplicates.',
  claims: [3],
  intro: {
    pop3: 'Both devices use POP3 with "leave a copy on the server" turned on, as many modern clients do by default.',
    imap: 'Both devices use IMAP; the copy on the server is the only copy there is.',
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
      narration: {
        pop3: 'The phone downloads all three messages and remembers the unique ID of each one. It asks for no deletion, so the server keeps them.',
        imap: 'The phone fetches the summaries.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'The laptop finds the three messages still there and downloads them too.',
        imap: 'The laptop sees the same mailbox.',
      },
    },
    {
      action: { type: 'mail.deliver', subject: 'Dentist on Friday', from: 'Smile Clinic <hello@smile.example.com>' },
      narration: {
        pop3: 'A new message arrives at the server. The sender\'s server delivered it with SMTP. POP3 never sends mail.',
        imap: 'A new message arrives, delivered with SMTP. IMAP never sends mail, though it does change the mailbox: flags, deletions and folders.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'phone' },
      narration: {
        pop3: 'The server lists four unique IDs. The phone already has three of them, so it downloads only the new one. No duplicates.',
        imap: 'The phone checks the flags of the messages it knows. Then it fetches the summary of the new one only.',
      },
    },
  ],
  questions: [
    {
      id: 'copy-who-delivers',
      beforeStep: 3,
      prompt: 'A new message is on its way to Alice. Which protocol carries it to her server?',
      choices: ['POP3', 'IMAP', 'Neither: SMTP does'],
      answerIndex: 2,
      misconception: 'pop3-imap-send-mail',
      explanation: 'POP3 and IMAP only let devices collect and manage mail that is already on the server. Mail travels to the server by SMTP, under both.',
    },
    {
      id: 'copy-duplicates',
      beforeStep: 4,
      prompt: 'The phone checks mail again with "leave a copy" on. How many messages does it download?',
      choices: ['Only the new one', 'All four again', 'None'],
      answerIndex: 0,
      misconception: 'leave-copy-duplicates',
      explanation: 'The client compares the UIDL list with the UIDLs it stored before and retrieves only the unknown one.',
    },
  ],
  expected: {
    pop3: {
      server: { subjects: [...ALL, 'Dentist on Friday'] },
      devices: { phone: { subjects: [...ALL, 'Dentist on Friday'] }, laptop: { subjects: ALL } },
      notSent: ['DELE 1'],
      sent: ['RETR 4'],
    },
    imap: {
      server: { subjects: [...ALL, 'Dentist on Friday'] },
      devices: { phone: { subjects: [...ALL, 'Dentist on Friday'] }, laptop: { subjects: ALL } },
    },
  },
}
