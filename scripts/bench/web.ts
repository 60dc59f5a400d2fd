// The web section of npm run bench: bundle weight per route and Lighthouse scores for `/`,
// measured on the static export served the way `npm start` serves it.

import path from 'node:path'
import { findChromium } from '../../test/e2e/chromium'
import { ensureExport, OUT_DIR } from '../export.mjs'
import { startStaticServer } from '../serve.mjs'
import { routeWeight } from './bundle'
import { lighthouseScores, type LighthouseScores } from './lighthouse'
import { printFigure } from './report'

const ROUTES = ['/', '/embed', '/console', '/instructors']
const LAB_BUDGET_KB = 225
const RUNS = 3

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

export async function benchBundles(): Promise<void> {
  await ensureExport({ basePath: '', quiet: true, log: () => {} })
  for (const route of ROUTES) {
    const weight = routeWeight(OUT_DIR, route)
    if (!weight) continue
    const kb = Math.round((weight.gzippedBytes / 1024) * 10) / 10
    const isLab = route === '/' || route === '/embed'
    printFigure(`Gzipped JS loaded by ${route} (${weight.scripts} scripts), KB`, kb, isLab ? `≤ ${LAB_BUDGET_KB}` : 'informational', isLab ? kb <= LAB_BUDGET_KB : null)
  }
}

export async function benchLighthouse(): Promise<void> {
  await ensureExport({ basePath: '', quiet: true, log: () => {} })
  const chromePath = findChromium()
  const server = await startStaticServer({ root: path.resolve(OUT_DIR), port: 0 })
  try {
    // Lighthouse scores swing with machine load, so each is the median of three runs.
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const runs: LighthouseScores[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouseScores(`${server.url}/`, chromePath, formFactor))
      const performance = median(runs.map((run) => run.performance))
      const accessibility = median(runs.map((run) => run.accessibility))
      const isMobile = formFactor === 'mobile'
      printFigure(`Lighthouse ${formFactor} performance for / (median of ${RUNS})`, performance, isMobile ? '≥ 90' : 'informational', isMobile ? performance >= 90 : null)
      printFigure(`Lighthouse ${formFactor} accessibility for / (median of ${RUNS})`, accessibility, '100', accessibility === 100)
    }
  } finally {
    await server.close()
  }
}
