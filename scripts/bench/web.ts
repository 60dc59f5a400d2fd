// The web section of npm run bench: bundle weight per route and Lighthouse scores for the pages
// learners open, measured on the static export served the way `npm start` serves it (compressed),
// beside a bare Next.js page built from the same next/react in the same run.

import path from 'node:path'
import { findChromium } from '../../test/e2e/chromium'
import { ensureExport, OUT_DIR } from '../export.mjs'
import { startStaticServer } from '../serve.mjs'
import { rm } from 'node:fs/promises'
import { BARE_DIR, buildBareNext } from './bareNext'
import { routeWeight } from './bundle'
import { lighthouseScores } from './lighthouse'
import { metricsLine, runLine, type LighthouseScores } from './lighthouseLines'
import { loadNote, printFigure } from './report'

const ROUTES = ['/', '/embed', '/console', '/instructors']
/** Issue 14's budgets for first-load JS (gzipped KB); other routes are informational. */
const JS_BUDGET_KB: Record<string, number> = { '/': 225, '/embed': 225, '/console': 235 }
const LIGHTHOUSE_PAGES = ['/', '/embed', '/console']
const PERFORMANCE_BUDGET = 90
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
    const budget = JS_BUDGET_KB[route]
    printFigure(`Gzipped JS loaded by ${route} (${weight.scripts} scripts), KB`, kb, budget ? `≤ ${budget}` : 'informational', budget ? kb <= budget : null)
    if (weight.legacyScripts > 0) {
      const legacyKb = Math.round((weight.legacyGzippedBytes / 1024) * 10) / 10
      printFigure(`  plus nomodule polyfills only browsers without ES modules load (${weight.legacyScripts}), KB`, legacyKb, 'informational', null)
    }
  }
}

export async function benchLighthouse(): Promise<void> {
  await ensureExport({ basePath: '', quiet: true, log: () => {} })
  const chromePath = findChromium()
  const lab = await startStaticServer({ root: path.resolve(OUT_DIR), port: 0 })
  let bare: Awaited<ReturnType<typeof startStaticServer>> | undefined
  try {
    try {
      bare = await startStaticServer({ root: await buildBareNext(), port: 0 })
    } catch (error) {
      console.log(`  bare Next page: could not build (${error instanceof Error ? error.message : String(error)})`)
    }
    const pages = [...(bare ? [{ name: 'bare Next page', url: `${bare.url}/` }] : []), ...LIGHTHOUSE_PAGES.map((route) => ({ name: route, url: `${lab.url}${route}` }))]
    for (const formFactor of ['mobile', 'desktop'] as const) {
      // Interleaved (bare, /, /embed, /console, bare, …) so a burst of load hits every page alike.
      const runs = new Map<string, LighthouseScores[]>(pages.map((page) => [page.name, []]))
      for (let i = 0; i < RUNS; i++) for (const page of pages) runs.get(page.name)?.push(await lighthouseScores(page.url, chromePath, formFactor))
      printFigure(`  machine load after the ${formFactor} runs`, loadNote(), 'informational', null)
      const bareScore = bare ? median((runs.get('bare Next page') ?? []).map((run) => run.performance)) : undefined
      for (const page of pages) {
        const scores = runs.get(page.name) ?? []
        const performance = median(scores.map((run) => run.performance))
        const accessibility = median(scores.map((run) => run.accessibility))
        const isBare = page.name === 'bare Next page'
        const gated = formFactor === 'mobile' && !isBare
        const beside = bareScore !== undefined && !isBare ? `, bare Next ${bareScore} in this run` : ''
        printFigure(`Lighthouse ${formFactor} performance, ${page.name} (median of ${RUNS}${beside})`, performance, gated ? `≥ ${PERFORMANCE_BUDGET}` : 'informational', gated ? performance >= PERFORMANCE_BUDGET : null)
        // What the score is weighted from, and what Lighthouse saw in each run (LCP element, longest tasks).
        printFigure(`  metrics (medians)`, metricsLine(scores), 'informational', null)
        for (const run of scores) console.log(`    one run: ${runLine(run)}`)
        if (!isBare) printFigure(`Lighthouse ${formFactor} accessibility, ${page.name} (median of ${RUNS})`, accessibility, '100', accessibility === 100)
      }
    }
  } finally {
    await lab.close()
    await bare?.close()
    // Gone again, so it never meets the type-check, lint or a build of the lab.
    await rm(BARE_DIR, { recursive: true, force: true })
  }
}
