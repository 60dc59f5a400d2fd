// The lane's one-sentence outcome (lib/simulator/outcome.ts) for the SMTP work of issue 12: who
// spoke (a device or the sender's server), the message text after DATA, and the new notices.

import { createSimulationContext, toSimulationView, type SimAction } from '@/lib/simulator'
import { scenarios } from '@/content/scenarios'
import { commandVerb } from '@/lib/simulator/outcome'

function outcomeAfter(actions: SimAction[], scenarioId = 'free-play') {
  const scenario = scenarios.find((candidate) => candidate.id === scenarioId)!
  const withSteps = { ...scenario, steps: actions.map((action) => ({ action, narration: { pop3: '', imap: '' } })) }
  const context = createSimulationContext(scenarios, { scenario: withSteps, protocols: ['pop3', 'imap'], granularity: 'action', cursor: actions.length })
  const view = toSimulationView({ context })
  expect(view.stepIndex).toBe(actions.length)
  return view.lanes
}

describe('outcome lines for SMTP', () => {
  it('names the verbs of a submission, and calls the text after DATA "message"', () => {
    const lanes = outcomeAfter([{ type: 'user.send', device: 'phone', to: 'carol@example.net', subject: 'Hi' }])
    expect(lanes.pop3?.outcome).toBe('Phone: greeting, EHLO, AUTH, MAIL, RCPT, DATA, message, QUIT.')
    expect(lanes.imap?.outcome).toMatch(/^Phone: greeting ×2, EHLO, AUTH, MAIL, RCPT, DATA, message, QUIT, LOGIN, .*APPEND/)
  })

  it("names the sender's server for mail from outside, and says why it was refused", () => {
    const lanes = outcomeAfter([{ type: 'mail.deliver', via: 'smtp', subject: 'Hello' }])
    expect(lanes.imap?.outcome).toBe("Sender's server: greeting, EHLO, MAIL, RCPT, DATA, message, QUIT.")
    const full = outcomeAfter([{ type: 'user.checkMail', device: 'phone' }, { type: 'mail.deliver', via: 'smtp' }], 'quota-full')
    expect(full.imap?.outcome).toMatch(/^Sender's server could not hand over the message: our server refused it at SMTP time/)
    expect(full.pop3?.outcome).toMatch(/^Sender's server: greeting/)
  })

  it('says an offline send waits in the Outbox', () => {
    const lanes = outcomeAfter([{ type: 'user.goOffline', device: 'phone' }, { type: 'user.send', device: 'phone', to: 'carol@example.net', subject: 'Later' }])
    expect(lanes.pop3?.outcome).toBe('Phone is offline: the message waits in its Outbox until the device is back online.')
    expect(commandVerb('a4 APPEND Sent (\\Seen) {12+}\r\nSubject: x')).toBe('APPEND')
  })
})
