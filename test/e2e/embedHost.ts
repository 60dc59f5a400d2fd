// Helpers for the embedding tests (embed.test.ts, embed-basepath.test.ts): a second origin that
// serves host pages, and ways to read the events that public/embed-example.html collects.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { startStaticServer } from '../../scripts/serve.mjs'

export type LabEvent = { lab: string; data: Record<string, unknown> & { type: string } }

/** A static server on another port of 127.0.0.1: another origin, for host pages. */
export async function startHostOrigin(pages: Record<string, string> = {}) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mail-protocol-lab-host-'))
  const example = await readFile(path.join(process.cwd(), 'public', 'embed-example.html'), 'utf8')
  await writeFile(path.join(root, 'embed-example.html'), example)
  for (const [name, html] of Object.entries(pages)) await writeFile(path.join(root, name), html)
  const server = await startStaticServer({ root, host: '127.0.0.1', port: 0 })
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    write: (name: string, html: string) => writeFile(path.join(root, name), html),
    close: async () => {
      await server.close()
      await rm(root, { recursive: true, force: true })
    },
  }
}

/** The events the example page has received so far (window.labEvents), optionally filtered. */
export async function labEvents(page: Page, lab?: string, type?: string): Promise<LabEvent['data'][]> {
  const all = (await page.evaluate(() => (window as unknown as { labEvents?: unknown[] }).labEvents ?? [])) as LabEvent[]
  return all.filter((event) => (!lab || event.lab === lab) && (!type || event.data.type === type)).map((event) => event.data)
}

/** Waits until the example page has an event of `type` from `lab` matching `fields`. */
export async function waitForLabEvent(
  page: Page,
  lab: string,
  type: string,
  fields: Record<string, unknown> = {},
  timeout = 15_000,
): Promise<LabEvent['data']> {
  const handle = await page.waitForFunction(
    ([lab, type, fields]) => {
      const events = ((window as unknown as { labEvents?: LabEvent[] }).labEvents ?? []).filter(
        (event) => event.lab === lab && event.data.type === type && Object.entries(fields).every(([key, value]) => event.data[key] === value),
      )
      return events.length > 0 ? events[events.length - 1]!.data : null
    },
    [lab, type, fields] as const,
    { timeout },
  )
  return (await handle.jsonValue()) as LabEvent['data']
}

/** Clicks one of the example page's command buttons for a lab ("pop3" or "imap"). */
export async function sendFromExample(page: Page, lab: 'pop3' | 'imap', button: string, gotoIndex?: number) {
  const group = page.getByRole('group', { name: `Commands for the ${lab === 'pop3' ? 'POP3' : 'IMAP'} lab` })
  if (gotoIndex !== undefined) await group.getByLabel('Step').fill(String(gotoIndex))
  await group.getByRole('button', { name: button, exact: true }).click()
}

/** The frame's rendered height and its document's content height, in CSS pixels. */
/**
 * Waits until the frame's height follows its content (within a pixel). A step can change the
 * lab's height more than once (a question, then its explanation), and each change reaches the
 * host as its own resize event, so the test waits for the frame to settle rather than a fixed time.
 */
export async function expectFrameFitsContent(page: Page, id: string): Promise<{ frame: number; content: number }> {
  await expect
    .poll(async () => {
      const { frame, content } = await frameHeights(page, id)
      return Math.abs(frame - content)
    }, { timeout: 10_000 })
    .toBeLessThanOrEqual(1)
  return frameHeights(page, id)
}

export async function frameHeights(page: Page, id: string): Promise<{ frame: number; content: number }> {
  const frame = await page.evaluate((id) => document.getElementById(id)!.clientHeight, id)
  const handle = await page.$(`#${id}`)
  const inner = await handle!.contentFrame()
  const content = await inner!.evaluate(() => {
    const root = document.querySelector('[data-embed-root]') ?? document.body
    return Math.ceil(root.getBoundingClientRect().bottom + window.scrollY)
  })
  return { frame, content }
}
