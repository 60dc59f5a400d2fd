// The browser-test harness: a real Chromium (playwright-core, never downloaded) against the static
// export that globalSetup.ts builds and serves.
//
// Importing this module into an e2e test file registers three hooks on that file:
// - Chromium is launched once for the file (lazily, on the first openPage) and closed after it;
// - after each test, every page the test opened is checked: a console error or an uncaught page
//   error fails the test, and so does any axe-core violation (unless the test ran
//   expectNoAxeViolations itself after its last change, or opened the page with `axe: false`);
// - the pages are then closed.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Response } from 'playwright-core'
import { afterAll, afterEach, inject } from 'vitest'
import { CHROMIUM_ARGS } from './chromium'

export { CHROMIUM_ARGS }

/** The axe-core rule tags every page is held to: WCAG 2.0–2.2 A and AA, plus best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

export type OpenPageOptions = {
  /** Viewport in CSS pixels (default 1280×720). */
  viewport?: { width: number; height: number }
  /** Emulates `prefers-reduced-motion`. */
  reducedMotion?: 'reduce' | 'no-preference'
  /** Emulates `prefers-color-scheme` (the browser default is light). */
  colorScheme?: 'light' | 'dark' | 'no-preference'
  /** The HTTP status the document must answer with (default 200). */
  expectStatus?: number
  /**
   * Console errors that are expected and do not fail the test. Use sparingly. The browser's own
   * "Failed to load resource … status of N" for the document itself is allowed when
   * `expectStatus` is N ≥ 400.
   */
  allowConsoleErrors?: RegExp[]
  /** Run axe on this page after the test (default true). */
  axe?: boolean
  /** Runs on the new page before it navigates, e.g. to add an init script that also runs in its frames. */
  beforeGoto?: (page: Page) => Promise<void>
}

export type OpenedPage = {
  page: Page
  /** The document's response. */
  response: Response
  /** Console and page errors seen so far (each also fails the test at its end). */
  errors: string[]
  /** Waits for the page to settle, then fails if it has logged errors. */
  expectNoErrors: () => Promise<void>
}

type Tracked = OpenedPage & { options: OpenPageOptions; axeChecked: boolean }

let context: BrowserContext | undefined
let profileDir: string | undefined
let opened: Tracked[] = []
const tracked = new WeakMap<Page, Tracked>()

/** The absolute URL of a site path such as "/" or "/console?x=1" (base path included). */
export function siteUrl(sitePath = '/'): string {
  if (!sitePath.startsWith('/')) throw new Error(`siteUrl expects a path starting with "/", got "${sitePath}"`)
  return `${inject('baseUrl')}${sitePath}`
}

/** The file's Chromium context, launched on first use. For tests that need more than openPage. */
export async function browserContext(): Promise<BrowserContext> {
  if (!context) {
    profileDir = await mkdtemp(path.join(os.tmpdir(), 'mail-protocol-lab-chromium-'))
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: inject('chromiumPath'),
      headless: true,
      args: CHROMIUM_ARGS,
    })
  }
  return context
}

/** Waits for the load event and two frames, so hydration and first effects have run. */
export async function settle(page: Page): Promise<void> {
  if (page.isClosed()) return
  await page.waitForLoadState('load')
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))),
  )
}

function describeConsole(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location()
  return `console.error: ${message.text()}${url ? ` (${url}:${lineNumber + 1})` : ''}`
}

function errorReport(where: string, errors: string[]): string {
  return `${errors.length} browser error(s) on ${where}:\n${errors.map((error) => `  - ${error}`).join('\n')}`
}

/**
 * Opens a site path (such as "/console?x=1") in a new tab of the file's Chromium, with optional
 * emulation, and waits for it to settle. An absolute http(s) URL is opened as it is (a page on
 * another origin, say) under the same guards. Fails if the document's status is not
 * `expectStatus` (default 200).
 */
export async function openPage(target: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const { viewport, reducedMotion, colorScheme, expectStatus = 200, allowConsoleErrors = [] } = options
  const url = /^https?:\/\//.test(target) ? target : siteUrl(target)
  const page = await (await browserContext()).newPage()
  page.setDefaultTimeout(15_000)

  const errors: string[] = []
  const allowed = (message: ConsoleMessage) =>
    allowConsoleErrors.some((pattern) => pattern.test(message.text())) ||
    (expectStatus >= 400 &&
      message.location().url === url &&
      message.text().includes(`status of ${expectStatus}`))
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed(message)) errors.push(describeConsole(message))
  })
  page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`))
  page.on('crash', () => errors.push('the page crashed'))

  if (viewport) await page.setViewportSize(viewport)
  if (reducedMotion || colorScheme) await page.emulateMedia({ reducedMotion, colorScheme })
  if (options.beforeGoto) await options.beforeGoto(page)

  const response = await page.goto(url, { waitUntil: 'load' })
  if (!response) throw new Error(`No response for ${url}`)
  if (response.status() !== expectStatus) {
    throw new Error(`${url} answered ${response.status()}, expected ${expectStatus}`)
  }
  await settle(page)

  const entry: Tracked = {
    page,
    response,
    errors,
    options,
    axeChecked: false,
    expectNoErrors: async () => {
      await settle(page)
      if (errors.length > 0) throw new Error(errorReport(url, errors))
    },
  }
  opened.push(entry)
  tracked.set(page, entry)
  return entry
}

export type AxeOptions = {
  /**
   * false: axe does not fetch the page's stylesheets itself (its CSSOM preload, by XMLHttpRequest).
   * A frame with an opaque origin may not read them that way without CORS headers, so axe's own
   * request would log an error that is not the page's.
   */
  preload?: boolean
  /** CSS selector to check only part of the page. */
  include?: string
  /** CSS selectors to leave out (say why in the test). */
  exclude?: string[]
  /** Rule ids to turn off (say why in the test). */
  disableRules?: string[]
}

/**
 * Waits, in the page and every frame, for the animations that end (card fades, flights, the read
 * pulse; not an endless one) to finish, at most 3 s. axe reads each colour as it is at that
 * moment: a card halfway through its 300 ms fade-in has faint text no learner is asked to read,
 * and a check that caught one failed on colour contrast (first seen with Chromium 150).
 */
async function animationsEnded(page: Page): Promise<void> {
  await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(() => {
          const ending = document.getAnimations().filter((animation) => {
            const end = animation.effect?.getComputedTiming().endTime
            return animation.playState === 'running' && typeof end === 'number' && Number.isFinite(end)
          })
          const ended = Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)))
          return Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 3000))]).then(() => undefined)
        })
        .catch(() => undefined),
    ),
  )
}

/** Runs axe-core on the page once it is still, and fails listing every violation. */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  await settle(page)
  await animationsEnded(page)
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS)
  if (options.include) builder = builder.include(options.include)
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector)
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules)
  if (options.preload === false) builder = builder.options({ preload: false })
  const { violations } = await builder.analyze()
  const entry = tracked.get(page)
  if (entry) entry.axeChecked = true
  if (violations.length === 0) return

  const report = violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `      ${node.target.join(' ')}${node.failureSummary ? `\n        ${node.failureSummary.replace(/\n/g, '\n        ')}` : ''}`)
      .join('\n')
    const more = violation.nodes.length > 5 ? `\n      …and ${violation.nodes.length - 5} more` : ''
    return `  - ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`
  })
  throw new Error(`${violations.length} axe violation(s) on ${page.url()}:\n${report.join('\n')}`)
}

afterEach(async () => {
  const pages = opened
  opened = []
  const failures: string[] = []
  for (const entry of pages) {
    try {
      await settle(entry.page)
      if (entry.errors.length > 0) failures.push(errorReport(entry.page.url(), entry.errors))
      if (entry.options.axe !== false && !entry.axeChecked && !entry.page.isClosed()) {
        await expectNoAxeViolations(entry.page)
      }
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error))
    } finally {
      await entry.page.close().catch(() => {})
    }
  }
  if (failures.length > 0) throw new Error(failures.join('\n\n'))
})

afterAll(async () => {
  await context?.close()
  context = undefined
  if (profileDir) await rm(profileDir, { recursive: true, force: true })
  profileDir = undefined
})
