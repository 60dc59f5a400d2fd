// Claims 5, 8 and 11: POP3 saves server space (the mail moves to the device); IMAP keeps the
// mail on the server and can save device space by caching headers only.

import type { Scenario } from '@/lib/simulator'
import { ALICE, INVOICE, LUNCH, NEWSLETTER, PHOTOS, TICKETS } from './mail'

const ALL = ['Lunch?', 'Your train tickets', 'Photos from Saturday', 'Invoice 2023-114', 'November newsletter']

export const storage: Scenario = {
  id: 'storage',
  title: 'Where the bytes go',
  goal: 'Compare the storage meters of the server and the phone after one check.',
  claims: [5, 8, 11],
  intro: {
    pop3: 'Five messages wait on the server. Watch the server meter and the phone meter.',
    imap: 'The same five messages. This IMAP phone keeps headers, plus any message Alice opens.',
  },
  world: {
    users: [{ ...ALICE, messages: [LUNCH, TICKETS, PHOTOS, INVOICE, NEWSLETTER] }],
    devices: [{ id: 'phone', accounts: [{ user: 'alice', offlineCopies: 'headers' }] }],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'phone' },
      narration: {
        pop3: 'Every byte moves to the phone, and the server meter drops to zero. POP3 saves server space and spends phone space.',
        imap: 'The server keeps every byte. The phone stores only the headers of each message. IMAP uses more server space and less phone space.',
      },
    },
    {
      action: { type: 'user.read', device: 'phone', key: 'alice:4' },
      narration: {
        pop3: 'Reading the invoice costs nothing more: it is already on the phone.',
        imap: 'Opening the invoice downloads its body, and the phone meter grows by that one message.',
      },
    },
  ],
  questions: [
    {
      id: 'storage-which-meter',
      beforeStep: 2,
      prompt: 'Alice opens the invoice on the phone. Which meter changes?',
      choices: ['The POP3 phone meter grows', 'No meter changes in either lane', 'The IMAP phone meter grows'],
      answerIndex: 2,
      misconception: 'imap-never-downloads',
      explanation:
        'The IMAP phone held only the headers, so opening the invoice downloads its body and keeps it. The POP3 phone already had the whole message, so nothing changes there.',
    },
  ],
  expected: {
    pop3: { server: { subjects: [] }, devices: { phone: { subjects: ALL, withBody: ALL } } },
    imap: { server: { subjects: ALL }, devices: { phone: { subjects: ALL, withBody: ['Invoice 2023-114'] } } },
  },
  comparisons: [
    { measure: 'serverBytes', relation: 'pop3<imap' },
    { measure: 'deviceBytes', device: 'phone', relation: 'pop3>imap' },
  ],
}
