// A small scenario catalog for the lab container's component tests: a scripted scenario with a
// prediction question, and a free-play one. Independent of content/scenarios.
import type { Scenario, ScenarioCatalog } from '@/lib/simulator'

const message = (uid: number, subject: string, from = 'bob@example.org') =>
  `From: ${from}\r\nTo: alice@example.org\r\nSubject: ${subject}\r\nMessage-ID: <m${uid}@example.org>\r\nDate: Mon, 2 Jun 2025 09:0${uid}:00 +0000\r\n\r\nHello ${uid}.\r\n`

const world = {
  users: [{ name: 'alice', password: 'secret', messages: [message(1, 'Lunch?'), message(2, 'Minutes')] }],
  devices: [{ id: 'phone' as const, accounts: [{ user: 'alice' }] }, { id: 'laptop' as const, accounts: [{ user: 'alice' }] }],
}

export const testScenario: Scenario = {
  id: 'test-basic',
  title: 'Test: check mail twice',
  goal: 'See where the mail goes.',
  claims: [1],
  intro: { pop3: 'POP3 intro.', imap: 'IMAP intro.' },
  world,
  steps: [
    { action: { type: 'user.checkMail', device: 'phone' }, narration: { pop3: 'Phone downloads (POP3).', imap: 'Phone syncs (IMAP).' } },
    { action: { type: 'user.checkMail', device: 'laptop' }, narration: { pop3: 'Laptop finds nothing.', imap: 'Laptop sees all.' } },
  ],
  questions: [
    { id: 'q1', beforeStep: 2, prompt: 'What will the laptop find?', choices: ['Nothing under POP3', 'Everything'], answerIndex: 0, misconception: 'test-only', explanation: 'POP3 deleted it.' },
  ],
  expected: { pop3: {}, imap: {} },
}

export const freeScenario: Scenario = {
  id: 'test-free',
  title: 'Test: free play',
  goal: 'Try anything.',
  claims: [],
  intro: { pop3: 'Free POP3.', imap: 'Free IMAP.' },
  world,
  steps: [{ action: { type: 'user.checkMail', device: 'phone' }, narration: { pop3: 'Phone downloads.', imap: 'Phone syncs.' } }],
  expected: { pop3: {}, imap: {} },
  freePlay: true,
}

export const testCatalog: ScenarioCatalog = [testScenario, freeScenario]
