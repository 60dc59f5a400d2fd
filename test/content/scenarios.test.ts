// Every scenario reaches its expected outcome under both protocols, deterministically, and its
// data is well formed (ids, questions, one scenario per claim of the article).

import { checkExpectations, createSimulationContext, toReport, type Scenario } from '@/lib/simulator'
import { SCENARIO_IDS, scenarios } from '@/content/scenarios'

const EXPECTED_IDS = ['download-and-delete', 'second-device', 'leave-a-copy', 'offline', 'storage', 'consolidate', 'read-sync', 'lost-phone', 'round-trips', 'sending', 'folders', 'sync-is-not-backup', 'quota-full', 'push', 'free-play']

function report(scenario: Scenario, protocols: ('pop3' | 'imap')[] = ['pop3', 'imap']) {
  return toReport(createSimulationContext(scenarios, { scenario, protocols, granularity: 'action' }))
}

describe('content/scenarios', () => {
  it('has exactly the scenario ids of issue 4, and covers all 12 claims', () => {
    expect(SCENARIO_IDS).toEqual(EXPECTED_IDS)
    const claims = new Set(scenarios.flatMap((scenario) => scenario.claims))
    for (let claim = 1; claim <= 12; claim++) expect(claims).toContain(claim)
  })

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s reaches its expected outcome under POP3 and IMAP', (_id, scenario) => {
    expect(checkExpectations(scenario, report(scenario))).toEqual([])
  })

  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s runs each protocol alone with the same result', (_id, scenario) => {
    const both = report(scenario)
    expect(report(scenario, ['pop3']).lanes.pop3).toEqual(both.lanes.pop3)
    expect(report(scenario, ['imap']).lanes.imap).toEqual(both.lanes.imap)
  })

  it('has well-formed narration and questions', () => {
    for (const scenario of scenarios) {
      for (const step of scenario.steps) expect(step.narration.pop3.length * step.narration.imap.length).toBeGreaterThan(0)
      for (const question of scenario.questions ?? []) {
        expect(question.answerIndex).toBeLessThan(question.choices.length)
        expect(question.beforeStep).toBeGreaterThanOrEqual(1)
        expect(question.beforeStep).toBeLessThanOrEqual(scenario.steps.length)
      }
    }
  })

  it('says where the article oversimplifies', () => {
    const words = JSON.stringify(scenarios)
    expect(words).toMatch(/modern POP3 clients leave a copy/)
    expect(words).toMatch(/SMTP/)
  })

  it('never downloads a message twice under POP3 with leave-a-copy', () => {
    const lane = report(scenarios.find((scenario) => scenario.id === 'leave-a-copy')!).lanes.pop3!
    const phoneRetrs = lane.transcript.filter((entry) => entry.device === 'phone' && entry.client?.startsWith('RETR'))
    expect(phoneRetrs.map((entry) => entry.client)).toEqual(['RETR 1', 'RETR 2', 'RETR 3', 'RETR 4'])
  })

  it('quota-full: under IMAP the sender\'s server is refused with 552 5.2.2 at RCPT; under POP3 it is not', () => {
    const lanes = report(scenarios.find((scenario) => scenario.id === 'quota-full')!).lanes
    const refusals = (protocol: 'pop3' | 'imap') => lanes[protocol]!.transcript.filter((entry) => entry.device === 'relay' && entry.server.startsWith('552 5.2.2 '))
    expect(refusals('imap').map((entry) => entry.client)).toEqual(['RCPT TO:<alice@example.org>'])
    expect(refusals('pop3')).toEqual([])
  })

  it('sending: the reply is submitted once, with AUTH, after the phone is back online', () => {
    const lanes = report(scenarios.find((scenario) => scenario.id === 'sending')!).lanes
    for (const protocol of ['pop3', 'imap'] as const) {
      const smtp = lanes[protocol]!.transcript.filter((entry) => entry.protocol === 'smtp')
      expect(smtp.filter((entry) => entry.client === 'DATA')).toHaveLength(1)
      expect(smtp.some((entry) => entry.client?.startsWith('AUTH PLAIN ') && entry.server.startsWith('235 '))).toBe(true)
    }
  })
})
