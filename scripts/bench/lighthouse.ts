// Lighthouse performance and accessibility scores, run against the served export with Debian's
// Chromium (never a downloaded browser). Mobile uses Lighthouse's default emulation. Beside the
// score, the metrics it is weighted from (Lighthouse 10+: TBT 30%, LCP 25%, CLS 25%, FCP 10%,
// Speed Index 10%), so a lost point can be traced to the metric that lost it.

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS } from '../../test/e2e/chromium'
import type { LighthouseMetrics, LighthouseScores } from './lighthouseLines'

export const METRIC_AUDITS: Record<keyof LighthouseMetrics, string> = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
}

type Audits = Record<string, { numericValue?: number; details?: { items?: unknown[] } } | undefined>

function lcpElementOf(audits: Audits): string {
  const items = audits['largest-contentful-paint-element']?.details?.items as { items?: { node?: { selector?: string; nodeLabel?: string } }[] }[] | undefined
  const node = items?.[0]?.items?.[0]?.node
  return node ? `${node.selector ?? '?'} "${(node.nodeLabel ?? '').slice(0, 40)}"` : '?'
}

function observedOf(audits: Audits): { firstPaint: number; load: number } {
  const items = audits.metrics?.details?.items as { observedFirstContentfulPaint?: number; observedLoad?: number }[] | undefined
  return { firstPaint: Math.round(items?.[0]?.observedFirstContentfulPaint ?? Number.NaN), load: Math.round(items?.[0]?.observedLoad ?? Number.NaN) }
}

function longTasksOf(audits: Audits): number[] {
  const items = (audits['long-tasks']?.details?.items ?? []) as { duration?: number }[]
  return items.map((item) => Math.round(item.duration ?? 0)).sort((a, b) => b - a).slice(0, 5)
}

export async function lighthouseScores(url: string, chromePath: string, formFactor: 'mobile' | 'desktop'): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS })
  try {
    const desktop =
      formFactor === 'desktop'
        ? {
            formFactor: 'desktop' as const,
            screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
            throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 },
          }
        : {}
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      { extends: 'lighthouse:default', settings: { ...desktop } },
    )
    const categories = result?.lhr.categories
    const audits = (result?.lhr.audits ?? {}) as Audits
    const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN
    return {
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
      metrics: {
        fcp: metric(METRIC_AUDITS.fcp),
        lcp: metric(METRIC_AUDITS.lcp),
        tbt: metric(METRIC_AUDITS.tbt),
        cls: metric(METRIC_AUDITS.cls),
        si: metric(METRIC_AUDITS.si),
      },
      lcpElement: lcpElementOf(audits),
      longTasks: longTasksOf(audits),
      observed: observedOf(audits),
    }
  } finally {
    await chrome.kill()
  }
}
