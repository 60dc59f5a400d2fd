// A delivery the server refuses for quota, as the learner sees it in the lab: the server's list
// and storage meter stay as they were, no device ever shows the message, and the step says why
// (the sentence screen readers hear). The quota is one the starter mail nearly fills.
import { fireEvent, render, screen, within } from '@testing-library/react'
import { defaultLabConfig } from '@/lib/labConfig/labParams'
import { LabApp } from '@/components/lab/LabApp'
import type { Scenario } from '@/lib/simulator'
import { place } from './axe'

const message = (uid: number, subject: string) =>
  `From: bob@example.org\r\nTo: alice@example.org\r\nSubject: ${subject}\r\nMessage-ID: <q${uid}@example.org>\r\nDate: Mon, 2 Jun 2025 09:0${uid}:00 +0000\r\n\r\nHello ${uid}.\r\n`
const starter = [message(1, 'Lunch?'), message(2, 'Minutes')]
const starterBytes = starter.reduce((sum, raw) => sum + new TextEncoder().encode(raw).length, 0)

const quotaScenario: Scenario = {
  id: 'test-quota',
  title: 'Test: a full mailbox',
  goal: 'See a delivery refused.',
  claims: [],
  intro: { pop3: 'POP3 intro.', imap: 'IMAP intro.' },
  world: {
    users: [{ name: 'alice', password: 'secret', messages: starter, quotaBytes: starterBytes + 50 }],
    devices: [{ id: 'phone', accounts: [{ user: 'alice' }] }],
  },
  steps: [
    { action: { type: 'mail.deliver', subject: 'Too big to fit' }, narration: { pop3: 'Mail arrives.', imap: 'Mail arrives.' } },
    { action: { type: 'user.checkMail', device: 'phone' }, narration: { pop3: 'Phone checks.', imap: 'Phone checks.' } },
  ],
  expected: { pop3: {}, imap: {} },
}

const labels = (region: HTMLElement) => within(region).queryAllByRole('listitem').map((item) => item.getAttribute('aria-label') ?? '')

describe('a delivery refused for quota, in the lab', { timeout: 120_000 }, () => {
  it('leaves the server as it was, never reaches a device, and says the quota refused it', () => {
    render(<LabApp catalog={[quotaScenario]} config={{ ...defaultLabConfig({ scenarioIds: ['test-quota'] }), scenario: 'test-quota', transcript: 'hide', diagram: 'hide' }} />)
    const serverOf = (lane: string) => within(screen.getByRole('region', { name: lane })).getByRole('region', { name: place('Mail server') })
    const before = { pop3: labels(serverOf('POP3')), imap: labels(serverOf('IMAP')) }
    expect(before.imap).toEqual([expect.stringMatching(/^Lunch\? — .* — unread$/), expect.stringMatching(/^Minutes — .* — unread$/)])

    fireEvent.click(screen.getByRole('button', { name: 'Next step' }))
    const live = document.querySelector('[aria-live="polite"].sr-only')?.textContent ?? ''
    expect(live).toMatch(/refused the new message: the mailbox is over its quota\. A real server refuses it during the SMTP delivery, and the sender gets a bounce/)
    for (const lane of ['POP3', 'IMAP'] as const) {
      expect(labels(serverOf(lane))).toEqual(before[lane === 'POP3' ? 'pop3' : 'imap'])
      expect(within(screen.getByRole('region', { name: lane })).queryByText(/Too big to fit/)).toBeNull()
    }

    for (let i = 0; i < 40 && !(screen.getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled; i++) {
      fireEvent.click(screen.getByRole('button', { name: 'Next step' }))
    }
    const phone = within(screen.getByRole('region', { name: 'IMAP' })).getByRole('region', { name: place('Phone') })
    expect(labels(phone).map((label) => label.split(' — ')[0])).toEqual(['Lunch?', 'Minutes'])
  })
})
