// Claims 8 and 5: IMAP keeps mail on the server, so the server's storage fills. When a mailbox
// is full the server refuses new mail while the sender's server is still talking to it over
// SMTP (552 5.2.2, as Dovecot's quota policy answers Postfix), and the sender gets a bounce.
// Deleting old mail makes room. POP3 moved the mail to the phone, so the server had room.

import type { Scenario } from '@/lib/simulator'
import { ALICE, INVOICE, STARTER_INBOX } from './mail'

const FIRST = 'Concert tickets'
const AGAIN = 'Concert tickets, sent again'
const STARTER = ['Lunch?', 'Your train tickets', 'Photos from Saturday']

export const quotaFull: Scenario = {
  id: 'quota-full',
  title: 'A full mailbox',
  goal: 'Fill the server, see a sender refused, then make room.',
  claims: [8, 5],
  intro: {
    pop3: 'Alice\'s mailbox on the server has a small quota, and it is nearly full. Her phone uses POP3.',
    imap: 'Alice\'s mailbox on the server has a small quota, and it is nearly full. Her phone uses IMAP.',
  },
  world: {
    users: [{ ...ALICE, messages: [...STARTER_INBOX, INVOICE], quotaBytes: 1600 }],
    devices: [{ id: 'phone', accounts: [{ user: 'alice' }] }],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'phone' },
      narration: {
        pop3: 'The phone downloads the mail and the server deletes it. The server is empty again.',
        imap: 'The phone fetches the summaries. The mail stays on the server, which stays nearly full.',
      },
    },
    {
      action: { type: 'mail.deliver', via: 'smtp', subject: FIRST, from: 'Dana Example <dana@example.net>' },
      narration: {
        pop3: 'Dana\'s mail server hands over a new message with SMTP. There is room, so the server takes it.',
        imap: 'Dana\'s mail server tries to hand over a new message with SMTP. The server refuses it: the mailbox is full, so Dana gets a bounce.',
      },
    },
    {
      action: { type: 'user.delete', device: 'phone', key: 'alice:4' },
      narration: {
        pop3: 'Alice deletes the old invoice on the phone. That frees space on the phone only.',
        imap: 'Alice deletes the old invoice on the phone. The server removes it, and that frees space in her mailbox.',
      },
    },
    {
      action: { type: 'mail.deliver', via: 'smtp', subject: AGAIN, from: 'Dana Example <dana@example.net>' },
      narration: {
        pop3: 'Dana sends the message again, and the server takes it too.',
        imap: 'Dana sends the message again. Now it fits, and the server takes it.',
      },
    },
  ],
  questions: [
    {
      id: 'quota-full-sender',
      beforeStep: 2,
      prompt: 'Alice\'s mailbox on the server is nearly full, and a friend sends her a message now. What happens to it?',
      choices: ['It waits on the server until Alice makes room', 'Under IMAP it is refused and the friend gets a bounce', 'It pushes the oldest mail out of the mailbox'],
      answerIndex: 1,
      misconception: 'full-mailbox-keeps-new-mail',
      explanation: 'A full mailbox refuses new mail during the SMTP conversation, so the sender\'s server returns it as a bounce. Under POP3 the server had been emptied, so there was room.',
    },
  ],
  expected: {
    pop3: { server: { subjects: [FIRST, AGAIN] }, devices: { phone: { subjects: STARTER } } },
    imap: { server: { subjects: [...STARTER, AGAIN] }, devices: { phone: { subjects: STARTER } }, sent: ['RCPT TO:<alice@example.org>'] },
  },
}
