// Claim 12, tested honestly: "POP3 is simpler and faster". Both lanes do the same job (get all
// five messages onto the laptop, then check again) and the metrics count what it cost.

import type { Scenario } from '@/lib/simulator'
import { ALICE, INVOICE, LUNCH, NEWSLETTER, PHOTOS, TICKETS } from './mail'

const ALL = ['Lunch?', 'Your train tickets', 'Photos from Saturday', 'Invoice 2023-114', 'November newsletter']

export const roundTrips: Scenario = {
  id: 'round-trips',
  title: 'Simpler and faster?',
  goal: 'Count commands, round trips and bytes when both protocols download the same five messages.',
  claims: [12],
  intro: {
    pop3: 'The laptop downloads all five messages with POP3 (no copy left on the server). Watch the round trips and bytes.',
    imap: 'The laptop downloads all five messages with IMAP, set to keep full offline copies, so both lanes end with the same mail on the laptop.',
  },
  world: {
    users: [{ ...ALICE, messages: [LUNCH, TICKETS, PHOTOS, INVOICE, NEWSLETTER] }],
    devices: [{ id: 'laptop', accounts: [{ user: 'alice', offlineCopies: 'full' }] }],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'POP3 needs one command per message to download (RETR) and one to delete (DELE): 16 round trips for five messages. Its replies carry little besides the messages, so it receives fewer bytes. Clients that support PIPELINING (RFC 2449) can send these commands without waiting for each reply.',
        imap: 'IMAP asks for ranges: one UID FETCH for every summary and one for every body, 5 round trips in all. But it receives more bytes: headers twice (summary and body) and the protocol\'s own framing. Fewer round trips matter on a slow, distant link; fewer bytes on a thin one.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'Checking again with nothing new: log in, STAT, LIST, UIDL, QUIT. POP3 is simpler: three states and a dozen commands, where IMAP has four states and dozens of commands and responses.',
        imap: 'Checking again: log in, select, one UID FETCH to re-read the flags of what the laptop holds, log out. Fewer round trips than POP3 again, but each reply carries more: SELECT alone answers with eight lines about the mailbox. That is the price of keeping every device in sync.',
      },
    },
  ],
  questions: [
    {
      id: 'trips-fewer',
      beforeStep: 1,
      prompt: 'Downloading the same five messages, which protocol needs fewer round trips?',
      choices: ['POP3', 'IMAP', 'The same'],
      answerIndex: 1,
      explanation: 'POP3 sends one RETR and one DELE per message. IMAP fetches a range of messages with one command. POP3 still receives fewer bytes here.',
    },
  ],
  expected: {
    pop3: { server: { subjects: [] }, devices: { laptop: { subjects: ALL, withBody: ALL } }, metrics: { roundTrips: 22 } },
    imap: { server: { subjects: ALL }, devices: { laptop: { subjects: ALL, withBody: ALL } }, metrics: { roundTrips: 9 } },
  },
  comparisons: [
    { measure: 'roundTrips', relation: 'pop3>imap' },
    { measure: 'bytesFromServer', relation: 'pop3<imap' },
  ],
}
