// Issue 12: push versus polling. The laptop's account asks for push and a check every 10
// minutes. IMAP can push: the laptop stays connected in IDLE (RFC 2177) and the server tells it
// of new mail at once. POP3 has no push (RFC 1939), so the same laptop learns of the mail at its
// next check. The phone checks every 15 minutes without push, under both protocols.

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

const ALL = ['Lunch?', 'Your train tickets', 'Photos from Saturday']
const NEW = 'Meet at 3?'

export const push: Scenario = {
  id: 'push',
  title: 'Push or check every few minutes',
  goal: 'See how long each device takes to show a new message when it waits connected, and when it checks on a timer.',
  claims: [7],
  intro: {
    pop3: 'The laptop asks for push, but POP3 has no way to push. So it checks for new mail every 10 minutes. The phone checks every 15 minutes.',
    imap: 'The laptop asks for push, so it will stay connected and wait in IDLE. The phone does not: it checks for new mail every 15 minutes.',
  },
  world: {
    users: [{ ...ALICE, messages: STARTER_INBOX }],
    devices: [
      { id: 'laptop', accounts: [{ user: 'alice', push: true, checkEvery: 10, leaveCopy: true }] },
      { id: 'phone', accounts: [{ user: 'alice', checkEvery: 15, leaveCopy: true }] },
    ],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'The laptop downloads the three messages and logs out. It will not ask again until minute 10.',
        imap: 'The laptop fetches the summaries. Then, instead of logging out, it sends IDLE. The connection stays open, and the server may speak first.',
      },
    },
    {
      action: { type: 'mail.deliver', subject: NEW, from: 'Bob Martin <bob@example.org>' },
      narration: {
        pop3: 'A new message reaches the server at minute 0. Nobody is connected, so the laptop does not know yet.',
        imap: 'A new message reaches the server at minute 0. The server tells the waiting laptop at once with EXISTS. The laptop ends the wait, fetches the summary and waits again.',
      },
    },
    {
      action: { type: 'clock.advance', minutes: 10 },
      narration: {
        pop3: 'Ten minutes pass. At minute 10 the laptop checks, as its timer says, and downloads the new message. It took 10 minutes to appear.',
        imap: 'Ten minutes pass. The laptop had the message after 0 minutes. The phone is not due yet, so it still does not know.',
      },
    },
    {
      action: { type: 'clock.advance', minutes: 5 },
      narration: {
        pop3: 'At minute 15 the phone checks and downloads the new message, 15 minutes after it arrived.',
        imap: 'At minute 15 the phone checks too. It has no push, so it learns of the new message 15 minutes after it arrived.',
      },
    },
  ],
  questions: [
    {
      id: 'push-laptop-delay',
      beforeStep: 2,
      prompt: 'A new message reaches the server right now. How soon does the laptop show it?',
      choices: ['At once under IMAP; at minute 10 under POP3', 'At once under both', 'At minute 10 under both'],
      answerIndex: 0,
      misconception: 'new-mail-appears-instantly',
      explanation:
        'Only a device that waits connected can be told at once. IMAP can wait in IDLE. POP3 has no such command, so the laptop finds the message at its next check.',
    },
    {
      id: 'push-phone-delay',
      beforeStep: 4,
      prompt: 'The phone has no push and checks every 15 minutes. When does it show the new message?',
      choices: ['At once, like the IMAP laptop', 'At minute 15, the same under both', 'Never, the laptop took it'],
      answerIndex: 1,
      misconception: 'imap-always-pushes',
      explanation:
        'Push is a choice of the device, not of the protocol alone. An IMAP device that does not wait in IDLE learns of new mail only when it checks, as a POP3 device does.',
    },
  ],
  expected: {
    pop3: {
      server: { subjects: [...ALL, NEW] },
      devices: { laptop: { subjects: [...ALL, NEW] }, phone: { subjects: [...ALL, NEW] } },
      metrics: {
        minutesToSee: [
          { subject: NEW, device: 'laptop', minutes: 10 },
          { subject: NEW, device: 'phone', minutes: 15 },
        ],
      },
      notSent: ['IDLE'],
    },
    imap: {
      server: { subjects: [...ALL, NEW] },
      devices: { laptop: { subjects: [...ALL, NEW] }, phone: { subjects: [...ALL, NEW] } },
      metrics: {
        minutesToSee: [
          { subject: NEW, device: 'laptop', minutes: 0 },
          { subject: NEW, device: 'phone', minutes: 15 },
        ],
      },
      sent: ['IDLE', 'DONE'],
    },
  },
}
