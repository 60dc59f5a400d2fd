// Free play: a default world for exploring. No script; the learner's own actions drive both lanes.

import type { Scenario } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from './mail'

export const freePlay: Scenario = {
  id: 'free-play',
  title: 'Free play',
  goal: 'Try anything: check mail, read, flag, delete, go offline, lose a device, deliver new mail.',
  claims: [],
  intro: {
    pop3: 'A phone and a laptop on POP3 (no copy left on the server). Everything you do happens in both lanes.',
    imap: 'The same phone and laptop on IMAP (headers cached, plus what you open).',
  },
  world: {
    // Sent and Archive on the server, so sending and filing show on every IMAP device.
    users: [{ ...ALICE, messages: STARTER_INBOX, folders: ['Sent', 'Archive'] }],
    devices: [
      { id: 'phone', accounts: [{ user: 'alice' }] },
      { id: 'laptop', accounts: [{ user: 'alice' }] },
    ],
    newDeviceAccounts: [{ user: 'alice' }],
  },
  steps: [],
  expected: {
    pop3: { server: { subjects: ['Lunch?', 'Your train tickets', 'Photos from Saturday'] }, devices: { phone: { subjects: [] }, laptop: { subjects: [] } } },
    imap: { server: { subjects: ['Lunch?', 'Your train tickets', 'Photos from Saturday'] }, devices: { phone: { subjects: [] }, laptop: { subjects: [] } } },
  },
  freePlay: true,
}
