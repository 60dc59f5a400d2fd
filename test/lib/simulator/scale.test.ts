// Scale: 4 devices × 1,000 messages run through both lanes within a few seconds.

import { clearRunCache, createSimulationContext, scaleScenario, toReport } from '@/lib/simulator'

describe('simulator at scale', () => {
  it('runs 4 devices × 1,000 messages under POP3 and IMAP', () => {
    clearRunCache()
    const scenario = scaleScenario(1_000, 4)
    const started = performance.now()
    const report = toReport(createSimulationContext([scenario], { scenario, granularity: 'step' }))
    const elapsed = performance.now() - started
    for (const protocol of ['pop3', 'imap'] as const) {
      const lane = report.lanes[protocol]!
      expect(lane.server.messages).toHaveLength(1_001)
      for (const device of ['phone', 'laptop', 'tablet', 'desktop']) {
        expect(lane.devices[device].messages).toHaveLength(1_001)
        expect(new Set(lane.devices[device].messages.map((m) => m.uid)).size).toBe(1_001)
      }
    }
    expect(report.lanes.pop3!.transcript.filter((entry) => entry.client?.startsWith('RETR'))).toHaveLength(4 * 1_001)
    expect(elapsed).toBeLessThan(15_000)
  }, 30_000)
})
