// Lighthouse performance and accessibility scores, run against the served export with Debian's
// Chromium (never a downloaded browser). Mobile uses Lighthouse's default emulation.

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS } from '../../test/e2e/chromium'

export interface LighthouseScores {
  performance: number
  accessibility: number
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
    return {
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
    }
  } finally {
    await chrome.kill()
  }
}
