// What the bench prints of Lighthouse runs: plain formatting, kept apart from the runner (which loads
// Lighthouse and Chromium) so it can be tested without either.

/** The performance metrics, in ms (CLS unitless). */
export interface LighthouseMetrics {
  fcp: number
  lcp: number
  tbt: number
  cls: number
  si: number
}

export interface LighthouseScores {
  performance: number
  accessibility: number
  metrics: LighthouseMetrics
  /** What Lighthouse saw: the LCP element's selector, the longest main-thread tasks (ms). */
  lcpElement: string
  longTasks: number[]
  /** When the page first painted and when its load event ended, as observed (not simulated), ms. */
  observed: { firstPaint: number; load: number }
}

/**
 * One run's line, with the observed first paint and load. A first paint after the load event is
 * flagged: Lantern's simulated LCP then counts every script that loaded and ran before that paint,
 * and in these headless runs such a paint was often held back by one or two whole seconds
 * (docs/performance.md, 2026-12-02; Lighthouse issue #17148 reports the same).
 */
export function runLine(run: LighthouseScores): string {
  const { firstPaint, load } = run.observed
  const held = firstPaint > load ? ' (first paint after load)' : ''
  return `score ${run.performance}; observed first paint ${firstPaint} ms, load ${load} ms${held}; LCP element ${run.lcpElement}; long tasks ${run.longTasks.join(', ') || 'none'} ms`
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** One line of medians: "TBT 310 ms, LCP 3.1 s, CLS 0.002, FCP 1.2 s, SI 2.0 s". */
export function metricsLine(runs: LighthouseScores[]): string {
  const of = (key: keyof LighthouseMetrics) => median(runs.map((run) => run.metrics[key]))
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  return `TBT ${Math.round(of('tbt'))} ms, LCP ${seconds(of('lcp'))}, CLS ${of('cls').toFixed(3)}, FCP ${seconds(of('fcp'))}, SI ${seconds(of('si'))}`
}
