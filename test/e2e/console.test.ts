// The console in a real Chromium: POP3, IMAP and SMTP conversations typed by keyboard, their effect
// on the server and device panels, every challenge solved and detected, and no axe violations.
import type { Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, openPage, siteUrl } from './harness'

const SOLVED = (title: string) => new RegExp(`^${title}: solved$`)

async function typeLines(page: Page, device: string, lines: string[]) {
  // After SMTP's DATA the field is relabelled "Message line for …"; focus stays in it.
  const input = page.getByRole('textbox', { name: new RegExp(`^(Command|Message line) for ${device}$`) })
  await input.focus()
  for (const line of lines) {
    await page.keyboard.type(line)
    await page.keyboard.press('Enter')
  }
}

function serverRegion(page: Page) {
  return page.getByRole('region', { name: /^Mail server/ })
}

function deviceRegion(page: Page, device: string) {
  return page.getByRole('region', { name: new RegExp(`^${device} \\(`) })
}

async function logText(page: Page, device: string) {
  return (await page.getByRole('log', { name: `${device} conversation` }).textContent()) ?? ''
}

/**
 * Moves the pointer (the console's code loads on first use), then waits until the prerendered
 * console has hydrated: a click on a radio or checkbox before then is replayed only later.
 */
async function waitForLiveConsole(page: Page) {
  await page.mouse.move(5, 5)
  await page.locator('[data-console="live"]').waitFor()
}

async function openConsole(protocol: 'POP3' | 'IMAP' = 'POP3') {
  const opened = await openPage('/console')
  const { page } = opened
  await page.getByRole('log', { name: 'Phone conversation' }).waitFor()
  await waitForLiveConsole(page)
  if (protocol === 'IMAP') {
    await page.getByRole('radio', { name: 'IMAP' }).check()
    await page.getByRole('tab', { name: /Phone\s*IMAP/ }).waitFor()
  }
  return opened
}

/** Keyboard only: focus the selected tab, then → until the device's tab is selected. */
async function selectTab(page: Page, device: string) {
  const target = page.getByRole('tab', { name: new RegExp(`^${device}`) })
  await page.getByRole('tab', { selected: true }).focus()
  for (let i = 0; i < 4 && (await target.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowRight')
  expect(await target.getAttribute('aria-selected')).toBe('true')
}

describe('console', () => {
  it('runs a POP3 session typed by keyboard: message 1 is gone from the server after QUIT', async () => {
    const { page, expectNoErrors } = await openConsole()
    await typeLines(page, 'Phone', ['USER alice', 'PASS secret', 'LIST', 'RETR 1', 'DELE 1'])
    const first = serverRegion(page).getByRole('listitem', { name: /First test message/ })
    await expect(first.getAttribute('aria-label')).resolves.toMatch(/marked for deletion/)
    await typeLines(page, 'Phone', ['QUIT'])
    await first.waitFor({ state: 'detached' })
    expect(await serverRegion(page).getByRole('listitem').count()).toBe(2)
    expect(await logText(page, 'Phone')).toMatch(/\+OK Logging out/i)
    // The phone kept its downloaded copy.
    await deviceRegion(page, 'Phone').getByRole('listitem', { name: /First test message/ }).waitFor()
    await expectNoErrors()
    await expectNoAxeViolations(page)
  })

  it('deletes nothing when the same session is dropped before QUIT', async () => {
    const { page } = await openConsole()
    await typeLines(page, 'Phone', ['USER alice', 'PASS secret', 'LIST', 'RETR 1', 'DELE 1'])
    await page.getByRole('button', { name: 'Drop connection' }).click()
    const first = serverRegion(page).getByRole('listitem', { name: /First test message/ })
    await expect(first.getAttribute('aria-label')).resolves.not.toMatch(/marked/)
    expect(await serverRegion(page).getByRole('listitem').count()).toBe(3)
    expect(await logText(page, 'Phone')).toMatch(/dropped/)
    await page.getByRole('listitem', { name: SOLVED('Pull the plug') }).waitFor()
  })

  it('syncs \\Seen between two IMAP tabs: the laptop learns of it at NOOP', async () => {
    const { page } = await openConsole('IMAP')
    await typeLines(page, 'Phone', ['a1 LOGIN alice secret', 'a2 SELECT INBOX'])
    await page.getByRole('button', { name: 'Connect the Laptop (IMAP)' }).click()
    await typeLines(page, 'Laptop', ['a1 LOGIN alice secret', 'a2 SELECT INBOX'])
    await selectTab(page, 'Phone')
    await typeLines(page, 'Phone', ['a3 STORE 1 +FLAGS (\\Seen)'])
    const onLaptop = deviceRegion(page, 'Laptop').getByRole('listitem', { name: /First test message/ })
    await expect(onLaptop.getAttribute('aria-label')).resolves.toMatch(/unread/)
    const onServer = serverRegion(page).getByRole('listitem', { name: /First test message/ })
    await expect(onServer.getAttribute('aria-label')).resolves.toMatch(/— read/)
    await selectTab(page, 'Laptop')
    await typeLines(page, 'Laptop', ['a3 NOOP'])
    expect(await logText(page, 'Laptop')).toMatch(/\* 1 FETCH \(FLAGS \(\\Seen\)\)/)
    await expect(onLaptop.getAttribute('aria-label')).resolves.toMatch(/— read/)
    await page.getByRole('listitem', { name: SOLVED('Read on the phone, see it on the laptop') }).waitFor()
    await expectNoAxeViolations(page)
  })

  it('solves "Read without a trace" with BODY.PEEK', async () => {
    const { page } = await openConsole('IMAP')
    await typeLines(page, 'Phone', ['a1 LOGIN alice secret', 'a2 SELECT INBOX', 'a3 FETCH 2 BODY.PEEK[]'])
    expect(await logText(page, 'Phone')).toMatch(/second message body/)
    await page.getByRole('listitem', { name: SOLVED('Read without a trace') }).waitFor()
    const second = serverRegion(page).getByRole('listitem', { name: /Second message/ })
    await expect(second.getAttribute('aria-label')).resolves.toMatch(/unread/)
  })

  it('solves "Change your mind" with DELE, RSET and QUIT', async () => {
    const { page } = await openConsole()
    await typeLines(page, 'Phone', ['USER alice', 'PASS secret', 'DELE 1', 'RSET', 'QUIT'])
    await page.getByRole('listitem', { name: SOLVED('Change your mind') }).waitFor()
    await serverRegion(page).getByRole('listitem', { name: /First test message/ }).waitFor()
  })

  it('solves "You have mail": a delivery shows as EXISTS at NOOP', async () => {
    const { page } = await openConsole('IMAP')
    await typeLines(page, 'Phone', ['a1 LOGIN alice secret', 'a2 SELECT INBOX'])
    await serverRegion(page).getByRole('button', { name: 'Deliver a new message' }).click()
    await serverRegion(page).getByRole('listitem', { name: /New arrival/ }).waitFor()
    await typeLines(page, 'Phone', ['a3 NOOP'])
    expect(await logText(page, 'Phone')).toMatch(/\* 4 EXISTS/)
    await deviceRegion(page, 'Phone').getByRole('listitem', { name: /New arrival/ }).waitFor()
    await page.getByRole('listitem', { name: SOLVED('You have mail') }).waitFor()
  })

  it('solves "Pull the plug" and counts it among the solved', async () => {
    const { page } = await openConsole()
    await typeLines(page, 'Phone', ['USER alice', 'PASS secret', 'DELE 2'])
    await page.getByRole('button', { name: 'Drop connection' }).click()
    await page.getByRole('listitem', { name: SOLVED('Pull the plug') }).waitFor()
    await page.getByText('1 of 7 solved').waitFor()
  })

  it('sends Bob a message over SMTP while his IMAP tab idles: the EXISTS arrives by itself', async () => {
    const { page, expectNoErrors } = await openConsole('IMAP')
    await typeLines(page, 'Phone', ['a1 LOGIN bob secret', 'a2 SELECT INBOX', 'a3 IDLE'])
    expect(await logText(page, 'Phone')).toMatch(/\+ idling/)
    await page.getByRole('radio', { name: 'SMTP (sending)' }).check()
    await page.getByRole('button', { name: 'Connect the Laptop (SMTP)' }).click()
    await page.getByRole('tab', { name: /Laptop\s*SMTP/, selected: true }).waitFor()
    await typeLines(page, 'Laptop', ['EHLO laptop.example'])
    // Without AUTH the recipient is refused: the second SMTP challenge.
    await typeLines(page, 'Laptop', ['MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'RSET'])
    expect(await logText(page, 'Laptop')).toMatch(/554 5\.7\.1 <bob@example\.org>: Recipient address rejected: Access denied/)
    await page.getByRole('listitem', { name: SOLVED('Send without logging in') }).waitFor()
    // The fill-in button writes the AUTH PLAIN line; Enter sends it.
    await page.getByRole('button', { name: 'Fill in the login for alice' }).click()
    await expect(page.getByRole('textbox', { name: 'Command for Laptop' }).inputValue()).resolves.toBe('AUTH PLAIN AGFsaWNlAHNlY3JldA==')
    await page.keyboard.press('Enter')
    await typeLines(page, 'Laptop', ['MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'DATA'])
    await page.getByRole('textbox', { name: 'Message line for Laptop' }).waitFor()
    await typeLines(page, 'Laptop', ['From: Alice <alice@example.org>', 'To: Bob <bob@example.org>', 'Subject: Lunch on Friday?', '', 'Noon at the usual place?', '.'])
    expect(await logText(page, 'Laptop')).toMatch(/250 2\.0\.0 Ok: queued as/)
    await page.getByRole('listitem', { name: SOLVED('Send it, see it arrive') }).waitFor()
    await selectTab(page, 'Phone')
    expect(await logText(page, 'Phone')).toMatch(/\* 1 EXISTS/)
    await deviceRegion(page, 'Phone').getByRole('listitem', { name: /Lunch on Friday\?/ }).waitFor()
    await serverRegion(page).getByRole('listitem', { name: /Lunch on Friday\?/ }).waitFor()
    await expectNoErrors()
    await expectNoAxeViolations(page)
  })

  it('answers help by state, completes with Tab and prompts for a literal', async () => {
    const { page } = await openConsole('IMAP')
    await typeLines(page, 'Phone', ['help'])
    expect(await logText(page, 'Phone')).toMatch(/State: not authenticated/)
    const input = page.getByRole('textbox', { name: 'Command for Phone' })
    await input.focus()
    await page.keyboard.press('Tab')
    await page.keyboard.type('logi')
    await page.keyboard.press('Tab')
    await expect(input.inputValue()).resolves.toBe('a1 LOGIN ')
    await page.keyboard.type('{5}')
    await page.keyboard.press('Enter')
    const literal = page.getByRole('textbox', { name: 'Literal data for Phone' })
    await literal.waitFor()
    await page.keyboard.type('alice secret')
    await page.keyboard.press('Enter')
    expect(await logText(page, 'Phone')).toMatch(/a1 OK/)
    await page.getByRole('textbox', { name: 'Command for Phone' }).waitFor()
  })

  it('turns bad input into the server\'s reply, not an error', async () => {
    const { page, expectNoErrors } = await openConsole()
    await typeLines(page, 'Phone', ['RETR 1', 'BOGUS', ''])
    expect(await logText(page, 'Phone')).toMatch(/-ERR/)
    await expectNoErrors()
  })

  it('fits a 360 px screen in dark mode, with the CRLF toggle', async () => {
    const { page } = await openPage('/console', { viewport: { width: 360, height: 800 }, colorScheme: 'dark' })
    await page.getByRole('log', { name: 'Phone conversation' }).waitFor()
    await waitForLiveConsole(page)
    await page.getByRole('checkbox', { name: 'Show CRLF' }).check()
    expect(await logText(page, 'Phone')).toContain('\\r\\n')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })

  it('answers what was typed on a fresh page before its code had loaded, in order, losing no keystroke', async () => {
    // The scripts the page's HTML names load; the console's own chunks (fetched on the first key) wait until released.
    const html = await (await fetch(siteUrl('/console'))).text()
    const firstLoad = new Set([...html.matchAll(/src="([^"]+\.js)"/g)].map((match) => new URL(match[1], siteUrl('/')).pathname))
    const held: Route[] = []
    let released = false
    const { page, expectNoErrors } = await openPage('/console', {
      beforeGoto: async (page) => {
        // Earlier tests' service worker has cached those chunks; requests it answers are not routed.
        const cdp = await page.context().newCDPSession(page)
        await cdp.send('Network.enable')
        await cdp.send('Network.setBypassServiceWorker', { bypass: true })
        await page.route('**/_next/static/chunks/*.js', (route) => {
          if (released || firstLoad.has(new URL(route.request().url()).pathname)) return route.continue()
          held.push(route)
        })
      },
    })
    const input = page.getByRole('textbox', { name: 'Command for Phone' })
    await input.focus()
    for (const line of ['USER alice', 'PASS secret']) {
      await page.keyboard.type(line)
      await page.keyboard.press('Enter')
    }
    await page.keyboard.type('RET')
    await page.keyboard.press('Tab')
    await page.keyboard.type('1')
    expect(held.length).toBeGreaterThan(0)
    expect(await page.locator('[data-console]').getAttribute('data-console')).toBe('prerendered')
    expect(await logText(page, 'Phone')).not.toMatch(/USER alice/)

    released = true
    for (const route of held.splice(0)) await route.continue()
    await page.locator('[data-console="live"]').waitFor()
    expect(await logText(page, 'Phone')).toMatch(/USER alice[\s\S]*\+OK[\s\S]*PASS secret[\s\S]*\+OK Logged in/)
    await expect(input.inputValue()).resolves.toBe('RETR 1')
    await page.keyboard.press('Enter')
    await expect.poll(() => logText(page, 'Phone')).toMatch(/RETR 1[\s\S]*\+OK 220 octets/)
    await expectNoErrors()
  })
})
