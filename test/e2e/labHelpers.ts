// Helpers for the lab's browser tests: stepping with the real buttons (answering any prediction
// question first), reading what a place shows, and the position text.
import type { Locator, Page } from 'playwright-core'
import { openPage, type OpenPageOptions, type OpenedPage } from './harness'

/**
 * Opens a lab page and waits until the interactive lab has taken over from the prerendered shell
 * (LabPage marks itself data-lab-ready="true").
 */
export async function openLab(sitePath: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const opened = await openPage(sitePath, options)
  await opened.page.locator('[data-lab-ready="true"]').waitFor()
  return opened
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

/** Presses "Next step" once (answering a question first when one waits); false at the end. */
export async function step(page: Page): Promise<boolean> {
  await answerQuestion(page)
  const next = nextButton(page)
  if (await next.isDisabled()) return false
  const before = await position(page)
  await next.click()
  await page.waitForFunction((text) => !document.body.innerText.includes(text), before, { timeout: 5000 }).catch(() => {})
  return true
}

/** Steps to the end of the scenario (or of the learner's last action); returns the presses made. */
export async function stepToEnd(page: Page, limit = 200): Promise<number> {
  let presses = 0
  while (presses < limit && (await step(page))) presses++
  return presses
}
