// Claims 4 and 11: POP3 mail is on the device, so it can be read offline; an IMAP device can
// read offline only what it cached (and pushes changes made offline when it reconnects).

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

export const offline: Scenario = {
  id: 'offline',
  title: 'Reading offline',
  goal: 'Go offline on a train and try to read your mail.',
  claims: [4, 11],
  intro: {
    pop3: 'Alice checks mail on her phone before boarding a train with no signal. Her phone uses POP3.',
    imap: 'Alice checks mail on her phone before boarding a train with no signal. Her phone uses IMAP and keeps headers plus the messages she opens.',
  },
  world: {
    users: [{ ...ALICE, messages: STARTER_INBOX }],
    devices: [{ id: 'phone', accounts: [{ user: 'alice', offlineCopies: 'headers' }] }],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'phone' },
      narration: {
        pop3: 'The phone downloads all three messages, whole.',
        imap: 'The phone fetches summaries only: who sent what, and how big it is.',
      },
    },
    {
      action: { type: 'user.read', device: 'phone', key: 'alice:1' },
      narration: {
        pop3: 'Reading "Lunch?" needs no network: the message is on the phone. POP3 has no way to tell the server it was read.',
        imap: 'Opening "Lunch?" downloads its body, and the server marks it read. The phone keeps the body.',
      },
    },
    {
      action: { type: 'user.goOffline', device: 'phone' },
      narration: { pop3: 'The train leaves the station. No signal.', imap: 'The train leaves the station. No signal.' },
    },
    {
      action: { type: 'user.read', device: 'phone', key: 'alice:3' },
      narration: {
        pop3: 'Alice opens "Photos from Saturday". It is on the phone, so it opens.',
        imap: 'Alice opens "Photos from Saturday", but the phone kept only its summary. The body is on the server, out of reach. With full offline copies it would have opened.',
      },
    },
    {
      action: { type: 'user.flag', device: 'phone', key: 'alice:2' },
      narration: {
        pop3: 'She flags the train tickets. The flag lives on the phone only.',
        imap: 'She flags the train tickets. The phone remembers the change and will send it when it is back online.',
      },
    },
    {
      action: { type: 'user.goOnline', device: 'phone' },
      narration: {
        pop3: 'Back online. Nothing to send: POP3 has no way to store a flag on the server.',
        imap: 'Back online, the phone logs in and sends the flag to the server. Every device will see it.',
      },
    },
  ],
  questions: [
    {
      id: 'offline-photos',
      beforeStep: 4,
      prompt: 'Offline, Alice opens "Photos from Saturday", which she has not opened before. What happens?',
      choices: ['It opens under both', 'It opens under POP3, not under IMAP', 'It opens under neither'],
      answerIndex: 1,
      misconception: 'imap-caches-everything',
      explanation: 'POP3 downloaded every message whole. This IMAP phone cached only headers and the bodies Alice opened.',
    },
  ],
  expected: {
    pop3: {
      devices: { phone: { online: true, seen: ['Lunch?', 'Photos from Saturday'], withBody: ['Lunch?', 'Your train tickets', 'Photos from Saturday'] } },
      server: { subjects: [] },
    },
    imap: {
      devices: { phone: { online: true, seen: ['Lunch?'], withBody: ['Lunch?'] } },
      server: { seen: ['Lunch?'] },
      sent: ['UID STORE 2 +FLAGS.SILENT (\\Flagged)'],
    },
  },
}
