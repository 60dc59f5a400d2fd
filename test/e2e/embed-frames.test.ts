// The embed in the frames course pages really use (issue 17). A host page on another site
// (localhost, while the lab is served from 127.0.0.1) frames /embed with the Share dialog's snippet:
// plainly, sandboxed with and without allow-same-origin, with storage that throws, in a 320×400
// frame that ignores resize, under a strict Content-Security-Policy, and with scripts disabled.
// The harness fails a test on any console or page error, the frame's included, and runs axe on
// the host page and its frame.
import type { Frame, FrameLocator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { iframeSnippet } from '@/lib/labConfig/shareLinks'
import { startHostOrigin } from './embedHost'
import { expectNoAxeViolations, openPage, siteUrl } from './harness'

type Host = Awaited<ReturnType<typeof startHostOrigin>>
type HostEvent = { origin: string; data: { type: string; index?: number; tick?: number; height?: number } }

let host: Host
/** The host page's base URL, on another site than the lab (localhost vs 127.0.0.1). */
let hostUrl: string
const labOrigin = () => new URL(siteUrl('/')).origin
const embedUrl = (query = '') => siteUrl(`/embed${query}`)

beforeAll(async () => {
  host = await startHostOrigin()
  hostUrl = host.url.replace('//127.0.0.1:', '//localhost:')
})
afterAll(async () => {
  await host?.close()
})

/** A course page around the frame, recording the lab's messages (with event.origin) as they come. */
function coursePage(frameHtml: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}
<title>Week 3: mail protocols</title></head><body><main><h1>Week 3: mail protocols</h1>
<script>
  window.labEvents = [];
  window.addEventListener('message', function (event) {
    var frame = document.querySelector('iframe');
    var data = event.data;
    if (!frame || event.source !== frame.contentWindow || !data || data.source !== 'mail-protocol-lab') return;
    window.labEvents.push({ origin: event.origin, data: data });
  });
  // A sandboxed frame's origin is opaque and cannot be named, so commands go to '*'.
  window.sendToLab = function (command) {
    document.querySelector('iframe').contentWindow.postMessage({ target: 'mail-protocol-lab', version: 1, command: command }, '*');
  };
</script>
${frameHtml}
</main></body></html>`
}

/** The Share dialog's snippet for /embed, with a sandbox attribute when given. */
function snippet(query = '', sandbox: string | null = null): string {
  const html = iframeSnippet(embedUrl(query), 'Mail Protocol Lab: download and delete', labOrigin())
  return sandbox === null ? html : html.replace('<iframe ', `<iframe sandbox="${sandbox}" `)
}

/** Makes the localStorage and sessionStorage getters throw in the lab's documents, before their scripts run. */
function breakStorage(origin: string) {
  if (window.location.origin !== origin) return
  for (const name of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError')
      },
    })
  }
}

async function hostEvents(page: Page): Promise<HostEvent[]> {
  return page.evaluate(() => (window as unknown as { labEvents: HostEvent[] }).labEvents)
}

/** Waits for the count-th event of `type` (counting from 1) and returns it. */
async function waitForHostEvent(page: Page, type: string, count = 1): Promise<HostEvent> {
  await page.waitForFunction(
    ([type, count]) => (window as unknown as { labEvents: HostEvent[] }).labEvents.filter((event) => event.data.type === type).length >= count,
    [type, count] as const,
  )
  return (await hostEvents(page)).filter((event) => event.data.type === type)[count - 1]!
}

/** The lab's frame, once attached. */
async function labFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame()
  if (!frame) throw new Error('The iframe has no frame')
  return frame
}

const stepCount = async (page: Page) => (await hostEvents(page)).filter((event) => event.data.type === 'step').length
const position = (lab: FrameLocator) => lab.getByText(/^Step \d+ of \d+/).textContent()
const nextButton = (lab: FrameLocator) => lab.getByRole('button', { name: 'Next step', exact: true })

/** Answers a waiting prediction question with its first choice, as a learner would. */
async function answerQuestion(lab: FrameLocator): Promise<void> {
  const question = lab.getByRole('group', { name: /^Predict:/ })
  if ((await question.count()) > 0) await question.getByRole('button').first().click()
}

/**
 * Both lanes show: side by side in a wide frame; in a narrow one, one at a time, with the
 * "Show lane" buttons to switch (the learner's way to the other lane).
 */
async function expectBothLanes(lab: FrameLocator): Promise<void> {
  const pop3 = lab.getByRole('region', { name: 'POP3', exact: true })
  const imap = lab.getByRole('region', { name: 'IMAP', exact: true })
  await pop3.waitFor()
  if (await imap.isVisible()) return
  const switcher = lab.getByRole('group', { name: 'Show lane' })
  await switcher.getByRole('button', { name: 'IMAP' }).click()
  await imap.waitFor()
  await switcher.getByRole('button', { name: 'POP3' }).click()
  await pop3.waitFor()
}

/**
 * What every frame must allow: both lanes, "Next step", ready and step at the host, and a next
 * command from the host. Returns the origin the host saw on the lab's messages.
 */
async function expectWorkingLab(page: Page): Promise<string> {
  const lab = page.frameLocator('iframe')
  await expectBothLanes(lab)
  const ready = await waitForHostEvent(page, 'ready')
  expect(ready.data).toMatchObject({ type: 'ready', scenario: 'download-and-delete' })
  await waitForHostEvent(page, 'step')
  await expect(position(lab)).resolves.toMatch(/^Step 0 of/)

  // The learner presses Next step (answering the question that comes first).
  let steps = await stepCount(page)
  await answerQuestion(lab)
  await nextButton(lab).click()
  const byLearner = await waitForHostEvent(page, 'step', steps + 1)
  expect(byLearner.data.index! + byLearner.data.tick!).toBeGreaterThan(0)
  const afterLearner = await position(lab)
  expect(afterLearner).not.toMatch(/^Step 0 of/)

  // The host sends next.
  steps = await stepCount(page)
  await page.evaluate(() => (window as unknown as { sendToLab: (command: string) => void }).sendToLab('next'))
  const byHost = await waitForHostEvent(page, 'step', steps + 1)
  expect([byHost.data.index, byHost.data.tick]).not.toEqual([byLearner.data.index, byLearner.data.tick])
  await expect.poll(() => position(lab)).not.toBe(afterLearner)

  const origins = new Set((await hostEvents(page)).map((event) => event.origin))
  expect(origins.size).toBe(1)
  return [...origins][0]!
}

/** The frame's height follows the lab's last resize message (the snippet's script at work). */
async function expectFrameSizedByLab(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const events = await hostEvents(page)
      const last = events.filter((event) => event.data.type === 'resize').pop()
      const height = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height)
      return last !== undefined && Math.abs(height - last.data.height!) <= 1
    }, { timeout: 10_000 })
    .toBe(true)
}

describe('the embed in course-page frames', () => {
  it('works in a plain iframe', async () => {
    await host.write('plain.html', coursePage(snippet()))
    const { page } = await openPage(`${hostUrl}/plain.html`)
    expect(await expectWorkingLab(page)).toBe(labOrigin())
    await expectFrameSizedByLab(page)
    await expectNoAxeViolations(page)
  })

  it('works in sandbox="allow-scripts", where the host sees its messages from origin "null"', async () => {
    await host.write('sandboxed.html', coursePage(snippet('', 'allow-scripts')))
    const { page } = await openPage(`${hostUrl}/sandboxed.html`)
    expect(await expectWorkingLab(page)).toBe('null')
    await expectFrameSizedByLab(page)
    // From the opaque origin, axe's own stylesheet fetch would need CORS; the lab never makes it.
    await expectNoAxeViolations(page, { preload: false })
  })

  it('works in sandbox="allow-scripts allow-same-origin"', async () => {
    await host.write('sandboxed-same-origin.html', coursePage(snippet('', 'allow-scripts allow-same-origin')))
    const { page } = await openPage(`${hostUrl}/sandboxed-same-origin.html`)
    expect(await expectWorkingLab(page)).toBe(labOrigin())
    await expectFrameSizedByLab(page)
    await expectNoAxeViolations(page)
  })

  it('works when reading localStorage and sessionStorage throws', async () => {
    await host.write('no-storage.html', coursePage(snippet()))
    const { page } = await openPage(`${hostUrl}/no-storage.html`, {
      beforeGoto: async (page) => {
        await page.addInitScript(breakStorage, labOrigin())
      },
    })
    expect(await expectWorkingLab(page)).toBe(labOrigin())
    // The simulation was in force in the lab's frame.
    const storage = await (await labFrame(page)).evaluate(() => {
      try {
        return typeof window.localStorage
      } catch (error) {
        return (error as Error).name
      }
    })
    expect(storage).toBe('SecurityError')
    await expectFrameSizedByLab(page)
    await expectNoAxeViolations(page)
  })

  it('stays usable in a 320×400 frame whose host ignores resize: it scrolls inside, its controls reachable', async () => {
    const frameOnly = snippet().replace(/<script>[\s\S]*<\/script>/, '').replace('width="100%" height="800"', 'width="320" height="400"')
    await host.write('tiny.html', coursePage(frameOnly))
    const { page } = await openPage(`${hostUrl}/tiny.html`)
    expect(await expectWorkingLab(page)).toBe(labOrigin())
    const size = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect())
    expect([size.width, size.height]).toEqual([320, 400])

    const frame = await labFrame(page)
    const scroll = await frame.evaluate(() => ({
      height: document.scrollingElement!.scrollHeight,
      width: document.scrollingElement!.scrollWidth,
      viewport: [window.innerWidth, window.innerHeight],
    }))
    expect(scroll.viewport).toEqual([320, 400])
    // Taller than the frame, so it scrolls inside; never wider, so nothing is cut off sideways (WCAG 1.4.10).
    expect(scroll.height).toBeGreaterThan(400)
    expect(scroll.width).toBeLessThanOrEqual(320)

    const lab = page.frameLocator('iframe')

    // The keyboard reaches "Next step", it shows when focused, and Enter steps the lab.
    await frame.evaluate(() => window.scrollTo(0, 0))
    await frame.locator('body').focus()
    let reached = false
    for (let presses = 0; presses < 60 && !reached; presses++) {
      await page.keyboard.press('Tab')
      reached = await frame.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Next step' || document.activeElement?.textContent?.trim() === 'Next step')
    }
    expect(reached).toBe(true)
    const focused = await frame.evaluate(() => {
      const rect = document.activeElement!.getBoundingClientRect()
      return rect.top >= 0 && rect.bottom <= window.innerHeight && rect.left >= 0 && rect.right <= window.innerWidth
    })
    expect(focused).toBe(true)
    const before = await position(lab)
    const steps = await stepCount(page)
    await answerQuestion(lab)
    await nextButton(lab).focus()
    await page.keyboard.press('Enter')
    await waitForHostEvent(page, 'step', steps + 1)
    await expect.poll(() => position(lab)).not.toBe(before)
    await expectNoAxeViolations(page)
  })
})

describe('parentOrigin from a sandboxed frame', () => {
  it('takes commands from the listed host (the lab sees the host real origin, not "null")', async () => {
    const hostOrigin = new URL(hostUrl).origin
    await host.write('sandboxed-listed.html', coursePage(snippet(`?parentOrigin=${encodeURIComponent(hostOrigin)}`, 'allow-scripts')))
    const { page } = await openPage(`${hostUrl}/sandboxed-listed.html`)
    expect(await expectWorkingLab(page)).toBe('null')
  })

  it('ignores a host that is not listed, and sends it nothing', async () => {
    await host.write('sandboxed-other.html', coursePage(snippet(`?parentOrigin=${encodeURIComponent('https://school.example')}`, 'allow-scripts')))
    const { page } = await openPage(`${hostUrl}/sandboxed-other.html`)
    const lab = page.frameLocator('iframe')
    await lab.getByRole('region', { name: 'POP3', exact: true }).waitFor()
    await answerQuestion(lab)
    await page.evaluate(() => (window as unknown as { sendToLab: (command: string) => void }).sendToLab('next'))
    await page.waitForTimeout(500)
    await expect(position(lab)).resolves.toMatch(/^Step 0 of/)
    await nextButton(lab).click()
    await expect.poll(() => position(lab)).not.toMatch(/^Step 0 of/)
    expect(await hostEvents(page)).toEqual([])
  })
})

describe('hosts that limit the frame further', () => {
  it('runs under a host with a strict Content-Security-Policy; the blocked snippet script leaves the fixed height', async () => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; frame-src ${labOrigin()}; img-src data:">`
    await host.write('strict-csp.html', coursePage(snippet(), csp))
    const { page } = await openPage(`${hostUrl}/strict-csp.html`, {
      // The host's own policy refuses its inline scripts (the recorder and the snippet's), and says so.
      allowConsoleErrors: [/Content Security Policy/],
    })
    const lab = page.frameLocator('iframe')
    await lab.getByRole('region', { name: 'IMAP', exact: true }).waitFor()
    await answerQuestion(lab)
    await nextButton(lab).click()
    await expect.poll(() => position(lab)).not.toMatch(/^Step 0 of/)
    await expect(page.evaluate(() => document.querySelector('iframe')!.clientHeight)).resolves.toBe(800)
    await expectNoAxeViolations(page)
  })

  it('shows the prerendered first step and a one-line note where scripts cannot run (sandbox="")', async () => {
    await host.write('no-scripts.html', coursePage(snippet('', '')))
    const { page } = await openPage(`${hostUrl}/no-scripts.html`, {
      // Chromium reports each script the sandbox refuses: the host's choice, not the lab's error.
      allowConsoleErrors: [/^Blocked script execution in '.*' because the document's frame is sandboxed/],
      // axe-core runs as a script inside each frame, and this frame runs none: axe would wait forever.
      // The same prerendered step 0 is checked by axe wherever scripts run (the other tests here).
      axe: false,
    })
    const lab = page.frameLocator('iframe')
    await lab.getByRole('region', { name: 'POP3', exact: true }).waitFor()
    await lab.getByRole('region', { name: 'IMAP', exact: true }).waitFor()
    await lab.getByText(/JavaScript is off here/).waitFor()
    await expect(position(lab)).resolves.toMatch(/^Step 0 of/)
  })
})
