// scripts/bench/lighthouseLines.ts: what the bench prints of each Lighthouse run and of their medians.

import { describe, expect, it } from 'vitest'
import { metricsLine, runLine, type LighthouseScores } from '../../../scripts/bench/lighthouseLines'

function run(overrides: Partial<LighthouseScores> = {}): LighthouseScores {
  return {
    performance: 84,
    accessibility: 100,
    metrics: { fcp: 900, lcp: 2700, tbt: 480, cls: 0, si: 2400 },
    lcpElement: 'p "POP3: Alice"',
    longTasks: [322, 299],
    observed: { firstPaint: 310, load: 560 },
    ...overrides,
  }
}

describe('runLine', () => {
  it('prints the observed first paint and load beside the score, the LCP element and the long tasks', () => {
    expect(runLine(run())).toBe('score 84; observed first paint 310 ms, load 560 ms; LCP element p "POP3: Alice"; long tasks 322, 299 ms')
  })

  it('flags a first paint observed after the load event', () => {
    expect(runLine(run({ observed: { firstPaint: 2264, load: 560 } }))).toContain('observed first paint 2264 ms, load 560 ms (first paint after load);')
  })

  it('says "none" when no task was long', () => {
    expect(runLine(run({ longTasks: [] }))).toMatch(/long tasks none ms$/)
  })
})

describe('metricsLine', () => {
  it('prints the median of each metric', () => {
    const runs = [run(), run({ metrics: { fcp: 1100, lcp: 2900, tbt: 700, cls: 0.01, si: 3000 } }), run({ metrics: { fcp: 800, lcp: 2500, tbt: 300, cls: 0, si: 2000 } })]
    expect(metricsLine(runs)).toBe('TBT 480 ms, LCP 2.7 s, CLS 0.000, FCP 0.9 s, SI 2.4 s')
  })
})
