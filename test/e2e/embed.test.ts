// Embedding (issue 6), in Chromium: the example host page (public/embed-example.html) drives two
// labs through the postMessage API v1; a second origin checks parentOrigin; hostile parameters;
// the Share dialog's snippet in a plain page; the same parameters on /; offline after one visit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserContext, expectNoAxeViolations, openPage, settle, siteUrl } from './harness'
import { expectFrameFitsContent, frameHeights, labEvents, sendFromExample, startHostOrigin, waitForLabEvent } from './embedHost'

type Host = Awaited<ReturnType<typeof startHostOrigin>>
let host: Host
const labBase = () => siteUrl('/').replace(/\/$/, '')
const labOrigin = () => new URL(siteUrl('/')).origin

beforeAll(async () => {
  host = await startHostOrigin()
})
afterAll(async () => {
  await host?.close()
})

/** Opens a page on the host origin, failing on any console or page error. */
async function openOnHost(file: string) {
  const page = await (await browserContext()).newPage()
  page.setDefaultTimeout(15_000)
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${host.url}/${file}`)
  await settle(page)
  return { page, errors }
}

/** A plain course page around a snippet. Its own icon is inline, so the host logs no 404 for /favicon.ico. */
function coursePage(snippet: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title><link rel="icon" href="data:,"></head><body><h1>Week 3</h1>${snippet}</body></html>`
}

describe('the example host page', () => {
  it('gets ready and step events with the documented fields from both labs', async () => {
    const { page, expectNoErrors } = await openPage('/embed-example.html')
    const ready = await waitForLabEvent(page, 'pop3', 'ready')
    expect(ready).toEqual({ source: 'mail-protocol-lab', version: 1, type: 'ready', scenario: 'download-and-delete', totalSteps: expect.any(Number) })
    expect(ready.totalSteps).toBeGreaterThan(0)

    const step = await waitForLabEvent(page, 'pop3', 'step', { index: 0 })
    expect(step).toMatchObject({ source: 'mail-protocol-lab', version: 1, scenario: 'download-and-delete', total: ready.totalSteps })
    const lanes = step.lanes as { protocol: string; devices: unknown[] }[]
    expect(lanes.map((lane) => lane.protocol)).toEqual(['pop3'])
    expect(lanes[0]).toEqual({
      protocol: 'pop3',
      activeDevice: expect.toBeOneOf([null, expect.any(String)]),
      workflowStep: expect.toBeOneOf([null, expect.any(String)]),
      protocolState: expect.toBeOneOf([null, expect.any(String)]),
      devices: expect.any(Array),
    })
    expect(lanes[0]!.devices[0]).toEqual({
      id: expect.any(String),
      workflowStep: expect.any(String),
      protocolState: expect.toBeOneOf([null, expect.any(String)]),
      online: expect.any(Boolean),
    })

    const imapReady = await waitForLabEvent(page, 'imap', 'ready')
    expect(imapReady).toMatchObject({ scenario: 'read-sync' })
    const imapStep = await waitForLabEvent(page, 'imap', 'step', { index: 0 })
    expect((imapStep.lanes as { protocol: string }[]).map((lane) => lane.protocol)).toEqual(['imap'])

    await expect(page.locator('#lab-pop3-status').textContent()).resolves.toMatch(/^Step 0 of \d+/)
    await expectNoErrors()
  })

  it('sizes each iframe from its resize events, also when the content reflows', async () => {
    const { page } = await openPage('/embed-example.html')
    for (const id of ['lab-pop3', 'lab-imap']) {
      const lab = id.slice(4)
      await waitForLabEvent(page, lab, 'resize')
      await page.waitForFunction(
        ([id, lab]) => {
          const events = (window as unknown as { labEvents: { lab: string; data: { type: string; height: number } }[] }).labEvents
          const last = events.filter((event) => event.lab === lab && event.data.type === 'resize').pop()
          return last !== undefined && document.getElementById(id)!.clientHeight === last.data.height
        },
        [id, lab] as const,
      )
      const { frame, content } = await frameHeights(page, id)
      expect(frame).toBeGreaterThan(200)
      expect(Math.abs(frame - content)).toBeLessThanOrEqual(1)
    }

    // A narrow window reflows the lab: a new height arrives and the frame follows it.
    const before = (await labEvents(page, 'pop3', 'resize')).length
    await page.setViewportSize({ width: 420, height: 800 })
    await page.waitForFunction((before) => {
      const events = (window as unknown as { labEvents: { lab: string; data: { type: string } }[] }).labEvents
      return events.filter((event) => event.lab === 'pop3' && event.data.type === 'resize').length > before
    }, before)
    const after = await expectFrameFitsContent(page, 'lab-pop3')
    const last = (await labEvents(page, 'pop3', 'resize')).pop()!
    expect(after.frame).toBe(last.height)
  })

  it('moves the labs with next, previous, goto and reset, and reports complete at the end', async () => {
    const { page, expectNoErrors } = await openPage('/embed-example.html')
    const { totalSteps } = await waitForLabEvent(page, 'pop3', 'ready')
    const frame = page.frameLocator('#lab-pop3')
    await expect(frame.getByRole('button', { name: 'Previous step' }).isDisabled()).resolves.toBe(true)

    // The scenario asks a prediction question before step 1; the host's "next" never waits on it: it
    // skips the question, as "Just show me" does, reports that, and steps.
    await frame.getByRole('group', { name: /^Predict:/ }).getByRole('button', { name: 'Just show me' }).waitFor()
    await sendFromExample(page, 'pop3', 'Next')
    const answer = await waitForLabEvent(page, 'pop3', 'answer')
    expect(answer).toEqual({
      source: 'mail-protocol-lab',
      version: 1,
      type: 'answer',
      scenario: 'download-and-delete',
      questionId: 'dad-what-stays',
      correct: false,
      skipped: true,
    })
    const first = await waitForLabEvent(page, 'pop3', 'step', { index: 1, tick: 0 })
    await expect(frame.getByRole('button', { name: 'Previous step' }).isEnabled()).resolves.toBe(true)
    expect(await labEvents(page, 'pop3', 'complete')).toEqual([])

    // goto past the end lands at the end: the last tick of the last step, and complete.
    await sendFromExample(page, 'pop3', 'Go to step', 99)
    const end = await waitForLabEvent(page, 'pop3', 'step', { index: totalSteps, tick: Number(first.ticksInStep) - 1 })
    expect(end.total).toBe(totalSteps)
    const complete = await waitForLabEvent(page, 'pop3', 'complete')
    expect(complete).toEqual({ source: 'mail-protocol-lab', version: 1, type: 'complete', scenario: 'download-and-delete' })

    await sendFromExample(page, 'pop3', 'Previous')
    await waitForLabEvent(page, 'pop3', 'step', { index: totalSteps, tick: Number(first.ticksInStep) - 2 })
    await sendFromExample(page, 'pop3', 'Reset')
    await waitForLabEvent(page, 'pop3', 'step', { index: 0 })
    await expect(frame.getByRole('button', { name: 'Previous step' }).isDisabled()).resolves.toBe(true)

    // The IMAP lab was not touched; goto moves it to the end of a step.
    expect((await labEvents(page, 'imap', 'step')).map((event) => event.index)).toEqual([0])
    await sendFromExample(page, 'imap', 'Go to step', 2)
    const two = await waitForLabEvent(page, 'imap', 'step', { index: 2 })
    expect(two.tick).toBe(Number(two.ticksInStep) - 1)
    await expect(page.frameLocator('#lab-imap').getByText(/^Step 2 of \d+/).count()).resolves.toBe(1)
    await expectNoErrors()
  })

  it('plays and pauses on command', async () => {
    const { page } = await openPage('/embed-example.html')
    await waitForLabEvent(page, 'imap', 'ready')
    await sendFromExample(page, 'imap', 'Play')
    await waitForLabEvent(page, 'imap', 'step', { index: 1 }, 20_000)
    await sendFromExample(page, 'imap', 'Pause')
    await page.waitForTimeout(300)
    const count = (await labEvents(page, 'imap', 'step')).length
    await page.waitForTimeout(2500)
    expect((await labEvents(page, 'imap', 'step')).length).toBe(count)
  })
})

describe('parentOrigin', () => {
  it('ignores commands from an origin it excludes, and takes them from one it lists', async () => {
    // The host page is on another origin than the lab; the lab only takes commands from its own.
    const excluded = await openOnHost(`embed-example.html?lab=${encodeURIComponent(labBase())}&parentOrigin=${encodeURIComponent(labOrigin())}`)
    const frame = excluded.page.frameLocator('#lab-pop3')
    await frame.getByRole('button', { name: 'Next step' }).waitFor()
    await sendFromExample(excluded.page, 'pop3', 'Next')
    await sendFromExample(excluded.page, 'pop3', 'Go to step', 2)
    await excluded.page.waitForTimeout(1500)
    await expect(frame.getByRole('button', { name: 'Previous step' }).isDisabled()).resolves.toBe(true)
    // It also tells an unlisted parent nothing.
    expect(await labEvents(excluded.page, 'pop3')).toEqual([])
    expect(excluded.errors).toEqual([])
    await excluded.page.close()

    const allowed = await openOnHost(`embed-example.html?lab=${encodeURIComponent(labBase())}&parentOrigin=${encodeURIComponent(host.origin)}`)
    await waitForLabEvent(allowed.page, 'pop3', 'ready')
    await sendFromExample(allowed.page, 'pop3', 'Go to step', 1)
    await waitForLabEvent(allowed.page, 'pop3', 'step', { index: 1 })
    expect(allowed.errors).toEqual([])
    await allowed.page.close()
  })
})

describe('hostile parameters', () => {
  it('show a notice, keep the lab running, and run no script', async () => {
    const hostile = new URLSearchParams([
      ['scenario', '<script>window.__pwned=1</script>'],
      ['step', '99999999999999999999'],
      ['devices', '1e9'],
      ['speed', 'NaN'],
      ['theme', '"><img src=x onerror="window.__pwned=2">'],
      ['parentOrigin', 'javascript:alert(1)'],
      ['protocols', 'pop3,<b>imap</b>'],
    ])
    const context = await browserContext()
    const dialogs: string[] = []
    const onDialog = (page: import('playwright-core').Page) => page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    context.on('page', onDialog)
    try {
      const { page, expectNoErrors } = await openPage(`/embed?${hostile.toString()}`)
      const notice = page.getByRole('status').filter({ hasText: 'not understood' })
      await notice.waitFor()
      const text = await notice.textContent()
      for (const param of ['scenario', 'step', 'devices', 'speed', 'theme', 'parentOrigin', 'protocols']) expect(text).toContain(param)
      expect(text).toContain('<script>window.__pwned=1</script>')
      expect(text).toContain('Using download-and-delete instead.')
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
      expect(await page.locator('img[src="x"]').count()).toBe(0)
      // The lab still runs, with the defaults.
      await page.getByRole('region', { name: 'POP3' }).first().waitFor()
      await page.getByRole('button', { name: 'Next step' }).waitFor()
      await notice.getByRole('button', { name: /Dismiss/ }).click()
      await expect(notice.count()).resolves.toBe(0)
      expect(dialogs).toEqual([])
      await expectNoErrors()
    } finally {
      context.off('page', onDialog)
    }
  })
})

describe('the embed', () => {
  it('applies theme, panels and controls from the URL, and has no axe violations', async () => {
    const { page } = await openPage('/embed?scenario=read-sync&protocols=imap&theme=dark&controls=minimal&step=2')
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark')
    await expect(page.getByRole('region', { name: 'POP3' }).count()).resolves.toBe(0)
    await page.getByRole('region', { name: 'IMAP' }).first().waitFor()
    // The prerendered shell's controls are inert until the interactive lab takes over.
    await page.locator('[data-lab-ready="true"]').waitFor()
    await expect(page.getByRole('button', { name: 'Previous step' }).isEnabled()).resolves.toBe(true)
    await expect(page.getByRole('combobox', { name: /speed/i }).count()).resolves.toBe(0)
    await expectNoAxeViolations(page)
  })

  it('shows as many devices as asked, and clamps a step past the end with a notice', async () => {
    const { page } = await openPage('/embed?scenario=read-sync&devices=1&step=9')
    const imap = page.getByRole('region', { name: 'IMAP' }).first()
    await imap.getByRole('region', { name: 'Phone' }).first().waitFor()
    await expect(imap.getByRole('region', { name: 'Laptop' }).count()).resolves.toBe(0)
    const notice = page.getByRole('status').filter({ hasText: 'not understood' })
    await expect(notice.textContent()).resolves.toContain('This scenario has 4 steps. Using 4 instead.')
    await expect(page.getByRole('button', { name: 'Next step' }).isDisabled()).resolves.toBe(true)
  })

  it('hides the transcript and diagram on request, and autoplays at the given speed', async () => {
    const shown = await openPage('/embed?scenario=read-sync&protocols=imap', { axe: false })
    // Counted on the interactive lab, not the prerendered step 0 it replaces.
    await shown.page.locator('[data-lab-ready="true"]').waitFor()
    await expect(shown.page.getByRole('button', { name: 'Copy transcript' }).count()).resolves.toBeGreaterThan(0)
    await expect(shown.page.getByRole('tab', { name: 'State diagrams' }).count()).resolves.toBe(1)
    await shown.page.close()

    const { page } = await openPage('/embed?scenario=read-sync&protocols=imap&transcript=hide&diagram=hide&autoplay&speed=4')
    await page.locator('[data-lab-ready="true"]').waitFor()
    await expect(page.getByRole('button', { name: 'Copy transcript' }).count()).resolves.toBe(0)
    await expect(page.getByRole('tab', { name: 'State diagrams' }).count()).resolves.toBe(0)
    await expect(page.getByRole('tab', { name: 'Transcripts' }).count()).resolves.toBe(0)
    await page.waitForFunction(() => /Step [1-9]/.test(document.body.textContent ?? ''), undefined, { timeout: 5_000 })
    await page.getByRole('button', { name: 'Pause' }).click()
  })

  it('offers a Share dialog whose snippet makes a self-sizing lab that reports events in a plain page', async () => {
    const context = await browserContext()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: labOrigin() })
    const { page } = await openPage('/embed?scenario=read-sync&step=2')
    const share = page.getByRole('button', { name: 'Share' })
    await share.click()
    const dialog = page.getByRole('dialog', { name: 'Share this step' })
    await dialog.waitFor()
    const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue()
    expect(link).toBe(`${labBase()}/?scenario=read-sync&step=2`)
    await dialog.getByRole('button', { name: 'Copy snippet' }).click()
    await dialog.getByRole('status').filter({ hasText: 'Snippet copied' }).waitFor()
    const snippet = await dialog.getByRole('textbox', { name: 'Embed in a course page' }).inputValue()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet)
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(dialog.isVisible()).resolves.toBe(false)
    await expect(share.evaluate((button) => button === document.activeElement)).resolves.toBe(true)

    await host.write(
      'course.html',
      coursePage(snippet),
    )
    const course = await (await browserContext()).newPage()
    // The course page (and the lab inside its frame) must log no error, like every other page.
    const courseErrors: string[] = []
    course.on('console', (message) => {
      if (message.type() === 'error') courseErrors.push(`console.error: ${message.text()} (${message.location().url})`)
    })
    course.on('pageerror', (error) => courseErrors.push(`uncaught ${error.name}: ${error.message}`))
    await course.addInitScript(() => {
      const seen: unknown[] = ((window as unknown as { seen: unknown[] }).seen = [])
      window.addEventListener('message', (event) => seen.push(event.data))
    })
    await course.goto(`${host.url}/course.html`)
    await course.waitForFunction(() => {
      const types = (window as unknown as { seen: { type?: string }[] }).seen.map((data) => data.type)
      // On the stage the lab fills its frame, so the height it reports may well be the frame's own.
      return types.includes('ready') && types.includes('step') && types.includes('resize')
    })
    await course.waitForTimeout(300)
    const types = await course.evaluate(() => (window as unknown as { seen: { type: string }[] }).seen.map((data) => data.type))
    expect(types).toEqual(expect.arrayContaining(['ready', 'step', 'resize']))
    const height = await course.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height)
    const last = await course.evaluate(() =>
      (window as unknown as { seen: { type: string; height: number }[] }).seen.filter((data) => data.type === 'resize').pop()!.height,
    )
    expect(height).toBe(last)
    // allow="fullscreen" lets the lab offer Full screen; a frame without it gets no button.
    await course.frameLocator('iframe').getByRole('button', { name: 'Full screen' }).waitFor()
    await host.write('no-fullscreen.html', coursePage(snippet.replace(' allow="fullscreen"', '')))
    await course.goto(`${host.url}/no-fullscreen.html`)
    await course.frameLocator('iframe').getByRole('button', { name: 'Share' }).waitFor()
    await expect(course.frameLocator('iframe').getByRole('button', { name: 'Full screen' }).count()).resolves.toBe(0)
    await settle(course)
    expect(courseErrors).toEqual([])
    await course.close()
  })

  it('applies the same parameters on the lab page /', async () => {
    const { page } = await openPage('/?scenario=read-sync&protocols=imap&step=1&theme=light&speed=banana')
    // The parameters are the interactive lab's: wait for it to take over from the prerendered step 0.
    await page.locator('[data-lab-ready="true"]').waitFor()
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light')
    await page.getByRole('region', { name: 'IMAP' }).first().waitFor()
    await expect(page.getByRole('region', { name: 'POP3' }).count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: 'Previous step' }).isEnabled()).resolves.toBe(true)
    await expect(page.getByRole('status').filter({ hasText: 'speed' }).count()).resolves.toBe(1)
    // Share links the step on screen. (read-sync asks a question here: "Just show me" skips it and steps.)
    const skip = page.getByRole('button', { name: 'Just show me' })
    if ((await skip.count()) > 0) await skip.click()
    else await page.getByRole('button', { name: 'Next step' }).click()
    await page.getByRole('button', { name: 'Share' }).click()
    const link = page.getByRole('dialog', { name: 'Share this step' }).getByRole('textbox', { name: 'Link' })
    await expect(link.inputValue()).resolves.toMatch(new RegExp(`^${labBase()}/\\?scenario=read-sync&protocols=imap&step=\\d&theme=light$`))
    await page.keyboard.press('Escape')
  })
})

describe('the instructors guide', () => {
  it('lists every scenario and links the example page', async () => {
    const { page } = await openPage('/instructors')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("Instructors' guide")
    await expect(page.getByRole('link', { name: 'example course page' }).getAttribute('href')).resolves.toMatch(/\/embed-example\.html$/)
    await expect(page.getByRole('table', { name: 'URL parameters of the lab' }).getByRole('row').count()).resolves.toBe(12)
  })
})

describe('offline', () => {
  it('works offline after one visit', async () => {
    const context = await browserContext()
    const { page } = await openPage('/', { allowConsoleErrors: [/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR/] })
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 })
    // Every script the page loaded is in the cache before going offline.
    await page.waitForFunction(
      async () => {
        const scripts = Array.from(document.querySelectorAll('script[src]'), (script) => new URL((script as HTMLScriptElement).src).pathname)
        const cache = await caches.open('mail-protocol-lab-v1')
        const cached = new Set((await cache.keys()).map((request) => new URL(request.url).pathname))
        return scripts.length > 0 && scripts.every((script) => cached.has(script))
      },
      undefined,
      { timeout: 20_000, polling: 250 },
    )
    await context.setOffline(true)
    try {
      await page.goto(siteUrl('/embed?scenario=read-sync'))
      await page.getByRole('button', { name: 'Next step' }).waitFor()
      await page.reload()
      await page.getByRole('button', { name: 'Next step' }).click()
      await expect(page.getByRole('button', { name: 'Previous step' }).isEnabled()).resolves.toBe(true)
    } finally {
      await context.setOffline(false)
    }
  })
})
