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
        pop3: 'POP3 asks for each message on its own, then deletes each one on its own. That is two waits per message. Its replies carry little besides the mail, so it receives fewer bytes.',
        imap: 'IMAP asks for many messages in one go: one request for all the summaries, one for all the bodies. So it waits less. But it receives more bytes, because headers come twice.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'Checking again with nothing new: log in, count, list, say goodbye. POP3 is simpler, with three states and about a dozen commands.',
        imap: 'Checking again: log in, open the inbox, re-read the flags, list the folders, log out. Fewer round trips than POP3 again, but each reply carries more. That is the price of keeping every device in sync.',
      },
    },
  ],
  questions: [
    {
      id: 'trips-fewer',
      beforeStep: 1,
      prompt: 'Downloading the same five messages, which protocol needs fewer round trips?',
      choices: ['IMAP', 'POP3', 'The same'],
      answerIndex: 0,
      misconception: 'pop3-always-faster',
      explanation: 'POP3 sends one RETR and one DELE per message. IMAP fetches a range of messages with one command. POP3 still receives fewer bytes here.',
    },
  ],
  expected: {
    pop3: { server: { subjects: [] }, devices: { laptop: { subjects: ALL, withBody: ALL } }, metrics: { roundTrips: 22 } },
    imap: { server: { subjects: ALL }, devices: { laptop: { subjects: ALL, withBody: ALL } }, metrics: { roundTrips: 11 } },
  },
  comparisons: [
    { measure: 'roundTrips', relation: 'pop3>imap' },
    { measure: 'bytesFromServer', relation: 'pop3<imap' },
  ],
}
