// A large generated world for scale tests and the benchmark: one user with N messages and up
// to four devices, POP3 leaving copies and IMAP keeping full offline copies (the heaviest case).

import type { Scenario } from './scenario'
import type { DeviceId } from './devices'
import { DEVICE_IDS } from './view'

export function scaleScenario(messages: number, devices: number): Scenario {
  const ids: DeviceId[] = DEVICE_IDS.slice(0, devices)
  const inbox = Array.from({ length: messages }, (_, i) => ({
    raw: `From: Sender ${i + 1} <sender${i + 1}@example.org>\r\nTo: Alice <alice@example.org>\r\nSubject: Message ${i + 1}\r\nMessage-ID: <scale-${i + 1}@example.org>\r\n\r\nBody of message ${i + 1}.\r\n`,
    internalDate: new Date(Date.UTC(2023, 10, 13, 8, 0, i)),
  }))
  return {
    id: `scale-${devices}x${messages}`,
    title: `${devices} devices × ${messages} messages`,
    goal: 'Scale test',
    claims: [],
    intro: { pop3: '', imap: '' },
    world: {
      users: [{ name: 'alice', password: 'secret', messages: inbox, quotaBytes: 1_000_000_000 }],
      devices: ids.map((id) => ({ id, accounts: [{ user: 'alice', leaveCopy: true, offlineCopies: 'full' as const }] })),
    },
    steps: [
      ...ids.map((id) => ({ action: { type: 'user.checkMail' as const, device: id }, narration: { pop3: '', imap: '' } })),
      { action: { type: 'user.read', device: ids[0], key: 'alice:1' }, narration: { pop3: '', imap: '' } },
      { action: { type: 'mail.deliver', subject: 'One more' }, narration: { pop3: '', imap: '' } },
      ...ids.map((id) => ({ action: { type: 'user.checkMail' as const, device: id }, narration: { pop3: '', imap: '' } })),
    ],
    expected: { pop3: {}, imap: {} },
  }
}
