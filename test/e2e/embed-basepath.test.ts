// Hosting under a sub-path (issue 6): a second build with BASE_PATH=/lab, made in a private copy
// of the sources (test-results/, git- and lint-ignored) so out/ and .next/ are never touched,
// served under /lab, passes the embedding smoke test: the example page's two labs get ready, move
// on command and size their frames; pages and assets carry the prefix; the service worker's scope
// is /lab/. One extra `next build` (~30–60 s) is the cost of this file.
import { spawn } from 'node:child_process'
import { cp, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer } from '../../scripts/serve.mjs'
import { browserContext, expectNoAxeViolations, settle } from './harness'
import { expectFrameFitsContent, sendFromExample, waitForLabEvent } from './embedHost'

const BASE = '/lab'
const SOURCES = ['app', 'components', 'lib', 'content', 'public', 'next.config.mjs', 'tailwind.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package.json']
const root = process.cwd()
const workDir = path.join(root, 'test-results', `embed-basepath-${process.pid}`)
let server: Awaited<ReturnType<typeof startStaticServer>> | undefined

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    // No lockfile in the copy: Next finds the workspace root (and node_modules) at the repository.
    const child = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: workDir,
      env: { ...process.env, BASE_PATH: BASE, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`next build with BASE_PATH=${BASE} failed (${code}):\n${output}`))))
  })
}

beforeAll(async () => {
  await rm(workDir, { recursive: true, force: true })
  await mkdir(workDir, { recursive: true })
  for (const entry of SOURCES) await cp(path.join(root, entry), path.join(workDir, entry), { recursive: true })
  await build()
  server = await startStaticServer({ root: path.join(workDir, 'out'), host: '127.0.0.1', port: 0, basePath: BASE })
}, 240_000)

afterAll(async () => {
  await server?.close()
  await rm(workDir, { recursive: true, force: true })
})

/** Opens a page of the /lab build; fails on console errors and on any response ≥ 400. */
async function open(sitePath: string): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browserContext()).newPage()
  page.setDefaultTimeout(15_000)
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
  })
  await page.goto(`${server!.url}${sitePath}`)
  await settle(page)
  return { page, problems }
}

describe(`a build with BASE_PATH=${BASE}`, () => {
  it('runs the example page: two labs get ready, move on command, and size their frames', async () => {
    const { page, problems } = await open('/embed-example.html')
    const origin = new URL(server!.url).origin
    await expect(page.locator('#lab-pop3').getAttribute('src')).resolves.toMatch(new RegExp(`^${origin}${BASE}/embed\\?scenario=download-and-delete&protocols=pop3&parentOrigin=`))
    await waitForLabEvent(page, 'pop3', 'ready', { scenario: 'download-and-delete' })
    await waitForLabEvent(page, 'imap', 'ready', { scenario: 'read-sync' })
    await sendFromExample(page, 'pop3', 'Go to step', 1)
    await waitForLabEvent(page, 'pop3', 'step', { index: 1 })
    await sendFromExample(page, 'imap', 'Next')
    await waitForLabEvent(page, 'imap', 'step', { index: 1 })
    await waitForLabEvent(page, 'pop3', 'resize')
    const { frame } = await expectFrameFitsContent(page, 'lab-pop3')
    expect(frame).toBeGreaterThan(200)
    await expectNoAxeViolations(page)
    expect(problems).toEqual([])
    await page.close()
  })

  it('prefixes links and assets, and registers the service worker at the base path', async () => {
    const { page, problems } = await open('/instructors')
    await expect(page.getByRole('link', { name: 'example course page' }).getAttribute('href')).resolves.toBe(`${BASE}/embed-example.html`)
    await expect(page.getByRole('link', { name: 'Back to the lab' }).getAttribute('href')).resolves.toBe(BASE)
    const assets = await page.evaluate(() =>
      Array.from(document.querySelectorAll('script[src], link[href]'), (element) => element.getAttribute('src') ?? element.getAttribute('href') ?? ''),
    )
    const rootRelative = assets.filter((url) => url.startsWith('/'))
    // The page does load scripts and styles by root-relative URLs; an empty list would check nothing.
    expect(rootRelative.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(0)
    expect(rootRelative.filter((url) => url.endsWith('.css')).length).toBeGreaterThan(0)
    for (const asset of rootRelative) expect(asset.startsWith(`${BASE}/`) || asset === BASE).toBe(true)
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(new URL(scope).pathname).toBe(`${BASE}/`)

    await page.getByRole('link', { name: 'Back to the lab' }).click()
    await page.getByRole('button', { name: 'Next step' }).waitFor()
    expect(new URL(page.url()).pathname).toBe(BASE)
    expect(problems).toEqual([])
    await page.close()
  })

  it("opens a myth's scenario and step in the lab under the base path, with no failed request", async () => {
    const { page, problems } = await open('/myths')
    const link = page.getByRole('link', { name: /^See it in/ }).first()
    await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`^${BASE}\\?scenario=[a-z-]+&step=\\d+$`))
    await link.click()
    await page.locator('[data-lab-ready="true"]').waitFor()
    const url = new URL(page.url())
    expect(url.pathname).toBe(BASE)
    expect(url.searchParams.get('scenario')).toMatch(/^[a-z-]+$/)
    expect(problems).toEqual([])
    await page.close()
  })
})
