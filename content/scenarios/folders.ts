// Claims 7 and 2: IMAP keeps folders on the server, so filing a message on one device files it
// on every device. POP3 knows only the inbox (RFC 1939 has one maildrop): filing is local to the
// device that did it, the server and the other devices never learn, and what was filed on the
// server (an invoice, from webmail) is out of POP3's sight.

import type { Scenario } from '@/lib/simulator'
import { ALICE, INVOICE, STARTER_INBOX } from './mail'

const TICKETS = 'Your train tickets'
const OLD = 'Invoice 2023-114'
const ALL = ['Lunch?', TICKETS, 'Photos from Saturday']
const LEFT = ['Lunch?', 'Photos from Saturday']

export const folders: Scenario = {
  id: 'folders',
  title: 'Filing in Archive',
  goal: 'File a message in Archive on the phone, then look on the laptop.',
  claims: [7, 2],
  intro: {
    pop3: 'Alice uses POP3 on a phone and a laptop, and both leave a copy on the server. Last week she filed an invoice in Archive using webmail.',
    imap: 'Alice uses IMAP on a phone and a laptop. Last week she filed an invoice in Archive using webmail, so the server holds it there.',
  },
  world: {
    users: [{ ...ALICE, messages: STARTER_INBOX, folders: ['Sent', 'Archive'], filed: { Archive: [INVOICE] } }],
    devices: [
      { id: 'phone', accounts: [{ user: 'alice', leaveCopy: true }] },
      { id: 'laptop', accounts: [{ user: 'alice', leaveCopy: true }] },
    ],
  },
  steps: [
    {
      action: { type: 'user.checkMail', device: 'phone' },
      narration: {
        pop3: 'The phone downloads the inbox and leaves a copy on the server. The invoice is not among them: POP3 reads only the inbox.',
        imap: 'The phone fetches the summaries of the inbox, then asks the server which folders there are. It looks into Sent and Archive and finds the invoice.',
      },
    },
    {
      action: { type: 'user.move', device: 'phone', key: 'alice:2', folder: 'Archive' },
      narration: {
        pop3: 'Alice files the train tickets in Archive. The folder exists only on the phone, so the server is not told.',
        imap: 'Alice files the train tickets in Archive. The phone asks the server to move the message, so it leaves the inbox on the server too.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'The laptop downloads the inbox, tickets included. The server only has one mailbox for POP3, and it never learned about the filing.',
        imap: 'The laptop syncs and finds the tickets in Archive, no longer in the inbox. Folders live on the server, so every device agrees.',
      },
    },
  ],
  questions: [
    {
      id: 'folders-laptop-archive',
      beforeStep: 3,
      prompt: 'Alice filed the train tickets in Archive on her phone. Where does her laptop show them?',
      choices: ['In Archive under IMAP, and still in the inbox under POP3', 'In Archive under both protocols', 'Nowhere under both protocols'],
      answerIndex: 0,
      misconception: 'filing-is-shared-everywhere',
      explanation: 'IMAP folders are mailboxes on the server, so a move there shows on every device. POP3 reads one inbox, so filing is a private matter of the phone.',
    },
  ],
  expected: {
    pop3: {
      server: { subjects: ALL, folders: { Archive: [OLD] } },
      devices: { phone: { subjects: LEFT, folders: { Archive: [TICKETS] } }, laptop: { subjects: ALL, folders: { Archive: [] } } },
    },
    imap: {
      server: { subjects: LEFT, folders: { Archive: [OLD, TICKETS] } },
      devices: { phone: { subjects: LEFT, folders: { Archive: [OLD, TICKETS] } }, laptop: { subjects: LEFT, folders: { Archive: [OLD, TICKETS] } } },
      sent: ['UID MOVE 2 Archive'],
    },
  },
}
