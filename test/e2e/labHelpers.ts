// Helpers for the lab's browser tests: stepping with the real buttons (answering any prediction
// question first), reading what a place shows, and the position text.
import type { Locator, Page } from 'playwright-core'
import { scenarios } from '@/content/scenarios'
import { createSimulationContext, toReport, type LaneReport, type SimulationReport } from '@/lib/simulator'
import { DEVICE_IDS, DEVICE_LABELS } from '@/lib/simulator/view'
import { openPage, type OpenPageOptions, type OpenedPage } from './harness'

/**
 * Opens a lab page and waits until the interactive lab has taken over from the prerendered shell
 * (LabContainer marks itself data-lab-ready="true"). At step 0 of the default scenario the lab
 * loads when the learner starts using the page, so the mouse moves over it first, as a learner's would.
 */
export async function openLab(sitePath: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const opened = await openPage(sitePath, options)
  await opened.page.mouse.move(4, 4)
  await opened.page.locator('[data-lab-ready="true"]').waitFor()
  await dismissWelcome(opened.page)
  return opened
}

/** Closes the first-visit welcome when it shows (it is remembered for the rest of the browser context). */
export async function dismissWelcome(page: Page): Promise<void> {
  const start = page.getByRole('button', { name: 'Start the lab' })
  if (await start.isVisible()) await start.click()
}

/**
 * On the stage: what lies outside the viewport. Each place (mail server, every device) of both
 * lanes, the step controls and both lanes' narration must lie inside it, and the page must not
 * have scrolled. Returns one line per failure (empty when all is in view).
 */
export async function outOfView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const failures: string[] = []
    if (window.scrollY !== 0) failures.push(`scrollY is ${window.scrollY}`)
    const inside = (element: Element, what: string) => {
      const box = element.getBoundingClientRect()
      if (box.width <= 0 || box.height <= 0) failures.push(`${what} has no size`)
      else if (box.top < -0.5 || box.left < -0.5 || box.bottom > window.innerHeight + 0.5 || box.right > window.innerWidth + 0.5)
        failures.push(`${what} at ${Math.round(box.top)}..${Math.round(box.bottom)} x ${Math.round(box.left)}..${Math.round(box.right)} (viewport ${window.innerWidth}x${window.innerHeight})`)
    }
    for (const place of document.querySelectorAll('[data-place]')) inside(place, place.getAttribute('aria-label') ?? 'a place')
    const controls = document.querySelector('[role="group"][aria-label="Step controls"]')
    if (controls) inside(controls, 'the step controls')
    else failures.push('no step controls')
    const narration = document.querySelectorAll('[data-narration]')
    if (narration.length === 0) failures.push('no narration')
    for (const line of narration) inside(line, `narration ${line.getAttribute('data-narration')}`)
    return failures
  })
}

export function lane(page: Page, protocol: 'POP3' | 'IMAP'): Locator {
  return page.getByRole('region', { name: protocol, exact: true })
}

/** A place inside a lane: "Mail server", "Phone", … (its name carries a lane qualifier). */
export function placeIn(page: Page, protocol: 'POP3' | 'IMAP', name: string): Locator {
  return lane(page, protocol).getByRole('region', { name: new RegExp(`^${name}\\b`) })
}

/** The accessible names of the messages a place shows. */
export async function messageNames(page: Page, protocol: 'POP3' | 'IMAP', name: string): Promise<string[]> {
  const items = placeIn(page, protocol, name).getByRole('listitem')
  const names: string[] = []
  for (let i = 0; i < (await items.count()); i++) names.push((await items.nth(i).getAttribute('aria-label')) ?? '')
  return names
}

export async function position(page: Page): Promise<string> {
  return (await page.getByText(/^Step \d+ of \d+/).textContent()) ?? ''
}

export function nextButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Next step', exact: true })
}

/** Answers a waiting prediction question with its first choice; true when one was answered. */
export async function answerQuestion(page: Page): Promise<boolean> {
  const question = page.getByRole('group', { name: /^Predict:/ })
  if ((await question.count()) === 0) return false
  const first = question.getByRole('button').first()
  if (await first.isDisabled()) return false
  await first.click()
  return true
}

/**
 * Presses "Next step" once (answering a question first when one waits); false at the end. Throws
 * when the press leaves the position text as it was, so a button that does nothing fails the test.
 */
export async function step(page: Page): Promise<boolean> {
  await answerQuestion(page)
  const next = nextButton(page)
  if (await next.isDisabled()) return false
  const before = await position(page)
  await next.click()
  for (const deadline = Date.now() + 5000; Date.now() < deadline; await page.waitForTimeout(50)) {
    if ((await position(page)) !== before) return true
  }
  throw new Error(`"Next step" was pressed but the position stayed "${before}"`)
}

/** Steps to the end of the scenario (or of the learner's last action); returns the presses made. */
export async function stepToEnd(page: Page, limit = 200): Promise<number> {
  let presses = 0
  while (presses < limit && (await step(page))) presses++
  return presses
}

/** A message as the learner sees it: "subject — state", plus " — headers only" when no body is held. */
function seen(label: string): string {
  const parts = label.split(' — ')
  const waiting = parts.some((part) => part.startsWith('waiting'))
  const state = parts.find((part) => part === 'unread' || part === 'read' || part === 'deleted') ?? (waiting ? 'waiting' : '(no state)')
  return `${parts[0]} — ${state}${parts.includes('headers only') ? ' — headers only' : ''}`
}

/**
 * Every place a lane shows, by name ("Mail server", "Phone", …), with its messages as `seen()`
 * writes them, sorted; its other folders (Sent, Archive, Outbox, the server's Outgoing queue) as
 * "Phone · Sent" when they hold anything.
 */
export async function placesShown(page: Page, protocol: 'POP3' | 'IMAP'): Promise<Record<string, string[]>> {
  const places: Record<string, string[]> = {}
  for (const name of ['Mail server', ...DEVICE_IDS.map((id) => DEVICE_LABELS[id])]) {
    if ((await placeIn(page, protocol, name).count()) === 0) continue
    const tabs = placeIn(page, protocol, name).getByRole('group', { name: /^Folders on/ }).getByRole('button')
    if ((await tabs.count()) === 0) {
      places[name] = (await messageNames(page, protocol, name)).map(seen).sort()
      continue
    }
    // A place with folders shows one at a time: read each (INBOX under the place's own name,
    // the others as "Phone · Sent" when they hold anything), then turn back to the one shown.
    let pressed = 0
    for (let i = 0; i < (await tabs.count()); i++) {
      const tab = tabs.nth(i)
      if ((await tab.getAttribute('aria-pressed')) === 'true') pressed = i
      await tab.click()
      const folder = (await tab.getAttribute('data-folder')) ?? ''
      const shown = (await messageNames(page, protocol, name)).map(seen).sort()
      if (folder === 'INBOX') places[name] = shown
      else if (shown.length > 0) places[`${name} · ${folder}`] = shown
    }
    await tabs.nth(pressed).click()
  }
  return places
}

/**
 * What placesShown() must find at the end of a scenario, from the runner's JSON for it
 * (`npm run simulate -- --scenario <id> --json`, lib/simulator/report.ts): the server's messages
 * by their flags, each device that is still there with its messages.
 */
export function placesExpected(report: LaneReport): Record<string, string[]> {
  const onServer = (message: { subject: string; flags: string[] }) =>
    `${message.subject} — ${message.flags.includes('\\Deleted') ? 'deleted' : message.flags.includes('\\Seen') ? 'read' : 'unread'}`
  const onDevice = (message: { subject: string; seen: boolean; hasBody: boolean }) =>
    `${message.subject} — ${message.seen ? 'read' : 'unread'}${message.hasBody ? '' : ' — headers only'}`
  const places: Record<string, string[]> = { 'Mail server': report.server.messages.map(onServer).sort() }
  for (const [folder, messages] of Object.entries(report.server.folders ?? {})) {
    if (messages.length > 0) places[`Mail server · ${folder}`] = messages.map(onServer).sort()
  }
  // The server's queue to other servers is its "Outgoing" tab (lib/viewModel/folders.ts).
  if ((report.server.outbound ?? []).length > 0) places['Mail server · Outgoing'] = report.server.outbound.map((message) => `${message.subject} — waiting`).sort()
  for (const id of DEVICE_IDS) {
    const device = report.devices[id]
    if (!device) continue
    const label = DEVICE_LABELS[id]
    places[label] = device.messages.map(onDevice).sort()
    for (const [folder, messages] of Object.entries(device.folders ?? {})) {
      if (messages.length > 0) places[`${label} · ${folder}`] = messages.map(onDevice).sort()
    }
    if ((device.outbox ?? []).length > 0) places[`${label} · Outbox`] = device.outbox.map((message) => `${message.subject} — waiting`).sort()
  }
  return places
}

/** Exactly what `npm run simulate -- --scenario <id> --json` prints (scripts/simulate.ts), parsed. */
export function runnerReport(id: string): SimulationReport {
  return toReport(createSimulationContext(scenarios, { scenarioId: id, protocols: ['pop3', 'imap'], granularity: 'action' }))
}
