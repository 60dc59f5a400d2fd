// The main-thread section of npm run bench: the long tasks (over 50 ms, the Long Tasks API's
// threshold) each page runs from navigation until it is interactive (for the lab: after a first
// use) and 3 s more, in Chromium with the CPU slowed 4× (as Lighthouse's mobile run does) and not
// slowed. Issue 14: after hydration no task may block the main thread for more than 50 ms.
// Hydration is among the tasks counted here, so the longest is a figure to watch, not against
// that rule; on the lab's pages the longest task from the first use on (the lab loading) is
// printed against it. "Blocking" sums each long task's time beyond 50 ms, as total blocking time
// does (here from navigation, not from first paint). Medians of 3 loads per page, pages
// interleaved so a burst of load hits each alike.
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from '../../test/e2e/chromium'
import { ensureExport, OUT_DIR } from '../export.mjs'
import { startStaticServer } from '../serve.mjs'
import { loadNote, printFigure } from './report'

/**
 * A page counts as interactive when the lab has swapped in, or the console's connections show. The
 * lab loads on first use (a pointer move here, a second after load), so its tasks are counted too.
 */
const PAGES: { route: string; ready: string; use?: boolean }[] = [
  { route: '/', ready: '[data-lab-ready="true"]', use: true },
  { route: '/embed', ready: '[data-lab-ready="true"]', use: true },
  { route: '/console', ready: '[role="tablist"][aria-label="Connections"]' },
]
const USE_AFTER_LOAD_MS = 1000
const RUNS = 3
const SETTLE_MS = 3000
const LONG_TASK_BUDGET_MS = 50

/** Collects long tasks from the start of the page (a string, so no bundler helpers leak in). */
const OBSERVE_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]) })
  .observe({ type: 'longtask', buffered: true });
addEventListener('pointermove', () => { window.__usedAt = window.__usedAt || performance.now() }, { capture: true });
new MutationObserver(() => {
  if (!window.__readyAt && document.querySelector('[data-lab-ready="true"]')) requestAnimationFrame(() => { window.__readyAt = window.__readyAt || performance.now() })
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-lab-ready'] })`

interface Load {
  /** From the first pointer move to the frame after the lab swapped in, ms (NaN for the console). */
  firstUse: number
  /** The longest task that started at or after the first use (the lab loading), ms; NaN for the console. */
  afterUse: number
  longest: number
  blocking: number
  count: number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function measureLoad(browser: Browser, url: string, ready: string, use: boolean, rate: number): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    await page.addInitScript(OBSERVE_LONG_TASKS)
    await page.goto(url, { waitUntil: 'load' })
    if (use) {
      await page.waitForTimeout(USE_AFTER_LOAD_MS)
      await page.mouse.move(4, 4)
    }
    await page.locator(ready).first().waitFor({ timeout: 120_000 })
    await page.waitForTimeout(SETTLE_MS)
    const entries = (await page.evaluate('window.__longTasks')) as [number, number][]
    const tasks = entries.map(([, duration]) => duration)
    const usedAt = use ? ((await page.evaluate('window.__usedAt')) as number) : Number.NaN
    const firstUse = use ? ((await page.evaluate('window.__readyAt')) as number) - usedAt : Number.NaN
    return {
      firstUse,
      afterUse: use ? Math.max(0, ...entries.filter(([start]) => start >= usedAt).map(([, duration]) => duration)) : Number.NaN,
      longest: Math.max(0, ...tasks),
      blocking: tasks.reduce((sum, duration) => sum + Math.max(0, duration - LONG_TASK_BUDGET_MS), 0),
      count: tasks.length,
    }
  } finally {
    await context.close()
  }
}

export async function benchMainThread(): Promise<void> {
  await ensureExport({ basePath: '', quiet: true, log: () => {} })
  const server = await startStaticServer({ root: path.resolve(OUT_DIR), port: 0 })
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS })
  try {
    for (const rate of [4, 1]) {
      const loads = new Map<string, Load[]>(PAGES.map((page) => [page.route, []]))
      for (let i = 0; i < RUNS; i++) {
        for (const page of PAGES) loads.get(page.route)?.push(await measureLoad(browser, `${server.url}${page.route}`, page.ready, page.use ?? false, rate))
      }
      const cpu = rate === 1 ? 'CPU not slowed' : `CPU slowed ${rate}×`
      for (const page of PAGES) {
        const runs = loads.get(page.route) ?? []
        const longest = Math.round(median(runs.map((run) => run.longest)))
        // Hydration itself is one of these tasks, so this is an upper bound on issue 14's figure
        // (no task over 50 ms after hydration), printed without a verdict.
        printFigure(`Longest main-thread task loading ${page.route}, hydration included (${cpu}, median of ${RUNS}), ms`, longest, `informational (issue 14: ≤ ${LONG_TASK_BUDGET_MS} after hydration)`, null)
        const blocking = Math.round(median(runs.map((run) => run.blocking)))
        const count = median(runs.map((run) => run.count))
        printFigure(`  blocking time beyond 50 ms, ${count} long tasks, ms`, blocking, 'informational', null)
        if (page.use) {
          const firstUse = Math.round(median(runs.map((run) => run.firstUse)))
          printFigure(`  first use (pointer move) → the interactive lab drawn, ms`, firstUse, 'informational', null)
          // After hydration, the lab's loading is the page's only work: issue 14's rule applies.
          // The Long Tasks API reports only tasks over 50 ms, so 0 means none (compared unrounded).
          const afterUse = Math.max(...runs.map((run) => run.afterUse))
          printFigure(`  longest task from the first use on (the lab loading and swapping in), worst of ${RUNS}, ms`, Math.round(afterUse * 10) / 10, `≤ ${LONG_TASK_BUDGET_MS} (issue 14, after hydration)`, afterUse <= LONG_TASK_BUDGET_MS)
        }
      }
      printFigure(`  machine load after the ${cpu} runs`, loadNote(), 'informational', null)
    }
  } finally {
    await browser.close()
    await server.close()
  }
}
