// Claims 4 and 9: the network is needed to send, and IMAP shows every device what was sent.
// The phone writes a reply with no network; it waits in the Outbox and goes out over SMTP once
// the phone is back online. Under IMAP the phone then files its copy in Sent on the server, so
// the laptop sees it; under POP3 the copy stays on the phone.

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

const REPLY = 'Re: Photos from Saturday'
const INBOX = ['Lunch?', 'Your train tickets', 'Photos from Saturday']

export const sending: Scenario = {
  id: 'sending',
  title: 'Sending a reply',
  goal: 'Write a reply with no network, send it, then look for it on the laptop.',
  claims: [4, 9],
  intro: {
    pop3: 'Alice reads mail on a phone and a laptop, both with POP3. Sending is a different protocol: SMTP.',
    imap: 'Alice reads mail on a phone and a laptop, both with IMAP. Sending is a different protocol: SMTP.',
  },
  world: {
    users: [{ ...ALICE, messages: STARTER_INBOX, folders: ['Sent', 'Archive'] }],
    devices: [
      { id: 'phone', accounts: [{ user: 'alice' }] },
      { id: 'laptop', accounts: [{ user: 'alice' }] },
    ],
  },
  steps: [
    {
      action: { type: 'user.goOffline', device: 'phone' },
      narration: { pop3: 'Alice is on a train, and the phone loses the network.', imap: 'Alice is on a train, and the phone loses the network.' },
    },
    {
      action: { type: 'user.send', device: 'phone', to: 'Carol Diaz <carol@example.net>', subject: REPLY, body: 'Thank you for the photos, Carol!' },
      narration: {
        pop3: 'Alice writes a reply to Carol. With no network, the phone cannot reach the server, so the reply waits in the Outbox.',
        imap: 'Alice writes a reply to Carol. With no network, the phone cannot reach the server, so the reply waits in the Outbox.',
      },
    },
    {
      action: { type: 'user.goOnline', device: 'phone' },
      narration: {
        pop3: 'Back online, the phone logs in to the server with SMTP and hands over the reply. It keeps its own copy in a Sent folder on the phone.',
        imap: 'Back online, the phone logs in to the server with SMTP and hands over the reply. Then it files a copy in the Sent folder on the server.',
      },
    },
    {
      action: { type: 'user.checkMail', device: 'laptop' },
      narration: {
        pop3: 'The laptop downloads the inbox. It cannot see the reply: the only sent copy is on the phone, and POP3 reads only the inbox.',
        imap: 'The laptop syncs its folders and finds the reply in Sent. Every device sees what any of them sent.',
      },
    },
  ],
  questions: [
    {
      id: 'sending-offline-reply',
      beforeStep: 3,
      prompt: 'Alice wrote the reply while the phone had no network. What happens to it when the phone is back online?',
      choices: ['It was lost, so she must write it again', 'It goes out on its own from the Outbox, under both', 'It goes out only under IMAP'],
      answerIndex: 1,
      misconception: 'offline-send-is-lost',
      explanation: 'A mail app keeps unsent mail in its Outbox and sends it with SMTP once it can. Sending does not depend on POP3 or IMAP.',
    },
    {
      id: 'sending-sent-on-laptop',
      beforeStep: 4,
      prompt: 'The reply has gone out from the phone. Does Alice find it in Sent on her laptop?',
      choices: ['Yes under both protocols', 'No under both protocols', 'Only under IMAP'],
      answerIndex: 2,
      misconception: 'sent-mail-is-everywhere',
      explanation: 'Under IMAP the phone saved its copy in the Sent folder on the server, which every device syncs. POP3 has no folders, so the copy stayed on the phone.',
    },
  ],
  expected: {
    pop3: {
      server: { subjects: [], folders: { Sent: [] }, outbound: [REPLY] },
      devices: { phone: { online: true, outbox: [], folders: { Sent: [REPLY] } }, laptop: { subjects: INBOX, folders: { Sent: [] } } },
    },
    imap: {
      server: { subjects: INBOX, folders: { Sent: [REPLY] }, outbound: [REPLY] },
      devices: { phone: { online: true, outbox: [], folders: { Sent: [REPLY] } }, laptop: { subjects: INBOX, folders: { Sent: [REPLY] } } },
    },
  },
}
