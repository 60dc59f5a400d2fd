// Issue 12 in a real Chromium at 1366×768: each new scenario walked with "Next step" to its end,
// with no console errors and no axe violations (also while its folders, Outbox, clock or refusal
// show), and what it teaches visible in the viewport when it happens: the Outbox that waits, the
// Sent copy on the laptop, the message filed in Archive, the copy that survives, the 552 refusal,
// the simulated clock, IDLE and how long each device took to see new mail.
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from './harness'
import { lane, openLab, placeIn, step } from './labHelpers'

const SCREEN = { width: 1366, height: 768 }

/** The element shows on screen: inside the viewport, and what the page draws at its centre is it (not clipped away). */
async function onScreen(locator: Locator): Promise<boolean> {
  if ((await locator.count()) === 0) return false
  return locator.first().evaluate((element) => {
    const box = element.getBoundingClientRect()
    if (box.width <= 0 || box.height <= 0 || box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) return false
    const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + box.height / 2)
    return hit !== null && (element === hit || element.contains(hit))
  })
}

/** The text of the first match, or '' at once when there is none (no waiting for it to appear). */
async function textNow(locator: Locator): Promise<string> {
  return (await locator.count()) === 0 ? '' : ((await locator.first().textContent()) ?? '')
}

/** The pressed state of a toggle button, or null at once when there is none. */
async function pressedNow(locator: Locator): Promise<string | null> {
  return (await locator.count()) === 0 ? null : locator.first().getAttribute('aria-pressed')
}

/** A message card (a list item named by its subject) in a place, on screen. */
function card(page: Page, protocol: 'POP3' | 'IMAP', place: string, subject: string): Locator {
  return placeIn(page, protocol, place).getByRole('listitem', { name: new RegExp(`^${subject.replace(/[?()]/g, '\\$&')} — `) })
}

/** Walks to the end; after each step runs `look`, which records what it saw. Returns the steps taken. */
async function walk(page: Page, look: (index: number) => Promise<void>): Promise<number> {
  let steps = 0
  await look(0)
  while (steps < 200 && (await step(page))) {
    steps++
    await look(steps)
  }
  return steps
}

describe('sending, push, folders and "sync is not backup" on the stage', () => {
  it('"sending": the Outbox waits on screen while offline, and the Sent copy shows on the IMAP laptop only', { timeout: 300_000 }, async () => {
    const { page, expectNoErrors } = await openLab('/?scenario=sending', { viewport: SCREEN })
    const seen = { outbox: false, outboxAxe: false }
    const steps = await walk(page, async () => {
      const waiting = (protocol: 'POP3' | 'IMAP') => placeIn(page, protocol, 'Phone').getByRole('listitem', { name: /waiting to be sent$/ })
      // The Outbox shows only while the reply waits (offline, then until the server's 250 to "."),
      // so give its cards their moment to fade and scroll in once the step has them.
      const bothShown = async () => (await onScreen(waiting('IMAP'))) && (await onScreen(waiting('POP3')))
      const present = async () => (await waiting('IMAP').count()) > 0 && (await waiting('POP3').count()) > 0
      let shown = await bothShown()
      for (const deadline = Date.now() + 3000; !seen.outbox && !shown && (await present()) && Date.now() < deadline; shown = await bothShown()) await page.waitForTimeout(100)
      if (shown) {
        seen.outbox = true
        if (!seen.outboxAxe) await expectNoAxeViolations(page)
        seen.outboxAxe = true
      }
    })
    expect(steps).toBeGreaterThan(0)
    expect(seen.outbox, 'the Outbox card on both phones, on screen').toBe(true)
    await expect.poll(() => onScreen(card(page, 'IMAP', 'Laptop', 'Re: Photos from Saturday')), { timeout: 5000 }).toBe(true)
    await expect(placeIn(page, 'IMAP', 'Laptop').getByRole('button', { name: 'Sent, 1 message' }).getAttribute('aria-pressed')).resolves.toBe('true')
    await expect(placeIn(page, 'POP3', 'Laptop').getByRole('button', { name: /^Sent,/ }).count()).resolves.toBe(0)
    await expect(placeIn(page, 'POP3', 'Phone').getByRole('button', { name: /^Outbox,/ }).count()).resolves.toBe(0)
    await expectNoErrors()
    await expectNoAxeViolations(page)
  })

  it('"folders": the message filed in Archive shows on the IMAP laptop, and the POP3 laptop has no Archive', { timeout: 300_000 }, async () => {
    const { page, expectNoErrors } = await openLab('/?scenario=folders', { viewport: SCREEN })
    let filedOnServer = false
    await walk(page, async () => {
      const archive = placeIn(page, 'IMAP', 'Mail server').getByRole('button', { name: /^Archive,/ })
      if ((await pressedNow(archive)) === 'true' && (await onScreen(placeIn(page, 'IMAP', 'Mail server').getByRole('listitem').first()))) filedOnServer = true
    })
    expect(filedOnServer, "the server's Archive turned to, with its card on screen").toBe(true)
    const laptop = placeIn(page, 'IMAP', 'Laptop')
    const archive = laptop.getByRole('button', { name: /^Archive, [1-9]/ })
    await expect(archive.getAttribute('aria-pressed')).resolves.toBe('true')
    await expect.poll(() => onScreen(laptop.getByRole('list', { name: 'Messages in Archive on Laptop' }).getByRole('listitem').first()), { timeout: 5000 }).toBe(true)
    await expect(placeIn(page, 'POP3', 'Laptop').getByRole('button', { name: /^Archive,/ }).count()).resolves.toBe(0)
    await expectNoErrors()
    await expectNoAxeViolations(page)
  })

  it('"sync-is-not-backup": the delete reaches every IMAP device, and the POP3 laptop keeps its copy on screen', { timeout: 300_000 }, async () => {
    const { page, expectNoErrors } = await openLab('/?scenario=sync-is-not-backup', { viewport: SCREEN })
    await walk(page, async () => {})
    await expect.poll(() => onScreen(card(page, 'POP3', 'Laptop', 'Photos from Saturday')), { timeout: 5000 }).toBe(true)
    await expect(card(page, 'IMAP', 'Laptop', 'Photos from Saturday').count()).resolves.toBe(0)
    await expect(card(page, 'IMAP', 'Mail server', 'Photos from Saturday').count()).resolves.toBe(0)
    await expectNoErrors()
    await expectNoAxeViolations(page)
  })

  it('"quota-full": the refused SMTP command and its 552 reply show on the IMAP server panel', { timeout: 300_000 }, async () => {
    const { page, expectNoErrors } = await openLab('/?scenario=quota-full', { viewport: SCREEN })
    let refused = false
    await walk(page, async () => {
      const relay = lane(page, 'IMAP').locator('[data-relay]')
      if ((await onScreen(relay)) && /552/.test(await textNow(relay))) {
        if (!refused) await expectNoAxeViolations(page)
        refused = true
      }
    })
    expect(refused, 'the 552 on screen').toBe(true)
    await expectNoErrors()
    await expectNoAxeViolations(page)
  })

  it('"push": the clock, IDLE on the link, and minutes to see on screen, side by side', { timeout: 300_000 }, async () => {
    const { page, expectNoErrors } = await openLab('/?scenario=push', { viewport: SCREEN })
    const seen = { clock: false, idle: false, imapAtOnce: false, pop3Later: false }
    await walk(page, async () => {
      if ((await onScreen(lane(page, 'POP3').locator('[data-clock]'))) && (await onScreen(lane(page, 'IMAP').locator('[data-clock]')))) seen.clock = true
      if (await onScreen(lane(page, 'IMAP').locator('[data-idling]'))) seen.idle = true
      const imapSeen = await textNow(lane(page, 'IMAP').locator('[data-minutes-to-see]'))
      if (/Laptop after 0 min/.test(imapSeen) && (await onScreen(lane(page, 'IMAP').locator('[data-minutes-to-see]')))) seen.imapAtOnce = true
      const pop3Seen = await textNow(lane(page, 'POP3').locator('[data-minutes-to-see]'))
      if (/Laptop after [1-9]\d* min/.test(pop3Seen)) seen.pop3Later = true
    })
    expect(seen).toEqual({ clock: true, idle: true, imapAtOnce: true, pop3Later: true })
    await page.getByRole('tab', { name: 'Comparison' }).click()
    const row = page.getByRole('row', { name: /^Minutes until each device saw new mail/ })
    await expect(row.textContent()).resolves.toMatch(/Laptop after 0 min/)
    await expectNoErrors()
    await expectNoAxeViolations(page)
  })

  it('free play: write and send, file in Archive, and wait, from the keyboard-reachable controls', { timeout: 300_000 }, async () => {
    const { page, expectNoErrors } = await openLab('/?scenario=free-play', { viewport: SCREEN })
    const finish = async () => {
      while (await step(page));
    }
    await page.getByRole('button', { name: 'Check mail on Phone' }).click()
    await finish()
    await lane(page, 'IMAP').getByRole('button', { name: "Move 'Lunch?' on Phone to Archive" }).click()
    await finish()
    await expect.poll(() => onScreen(card(page, 'IMAP', 'Phone', 'Lunch?')), { timeout: 5000 }).toBe(true)
    await expect(placeIn(page, 'IMAP', 'Phone').getByRole('button', { name: 'Archive, 1 message' }).getAttribute('aria-pressed')).resolves.toBe('true')
    const subject = page.getByRole('textbox', { name: 'Subject' })
    await subject.fill('Dinner on Friday?')
    await subject.press('Enter')
    await finish()
    await expect.poll(() => onScreen(card(page, 'IMAP', 'Phone', 'Dinner on Friday?')), { timeout: 5000 }).toBe(true)
    await page.getByRole('button', { name: 'Wait 5 minutes' }).click()
    await finish()
    await expect(lane(page, 'IMAP').locator('[data-clock]').textContent()).resolves.toContain('Simulated time: 5 min')
    await expectNoErrors()
    await expectNoAxeViolations(page)
  })
})
