// The one-screen stage in a real Chromium: at 1366×768, 1280×720 and 1920×1080, every scenario
// walked with "Next step" keeps the controls, both lanes' narration, and both lanes' mail server and
// every device inside the viewport, with the page never scrolled; the same in free play with four
// devices (and fifty messages). On a 360×780 phone, the panel a step changed is in view after it.
import { describe, expect, it } from 'vitest'
import { SCENARIO_IDS } from '@/content/scenarios'
import type { Page } from 'playwright-core'
import { nextButton, openLab, outOfView, step } from './labHelpers'

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]

/** Steps to the end, checking after each step that the stage is in view; returns the steps taken. */
async function walkInView(page: Page, label: string, limit = 200): Promise<number> {
  let steps = 0
  expect(await outOfView(page), `${label} at the start`).toEqual([])
  while (steps < limit && (await step(page))) {
    steps++
    expect(await outOfView(page), `${label} after step ${steps}`).toEqual([])
  }
  return steps
}

describe('the one-screen stage', () => {
  for (const screen of SCREENS) {
    for (const id of SCENARIO_IDS) {
      it(`keeps every place of both lanes in view at ${screen.width}×${screen.height} in "${id}", step after step`, { timeout: 180_000 }, async () => {
        const { page } = await openLab(`/?scenario=${id}`, { viewport: screen, axe: false })
        const steps = await walkInView(page, `${id} at ${screen.width}×${screen.height}`)
        if (id !== 'free-play') expect(steps).toBeGreaterThan(0)
        await expect(nextButton(page).isDisabled()).resolves.toBe(true)
      })
    }

    it(`keeps four devices with fifty messages each in view in free play at ${screen.width}×${screen.height}`, { timeout: 180_000 }, async () => {
      // axe over some 800 cards takes minutes on a loaded machine; lab.test.ts runs it on free play.
      const { page } = await openLab('/?scenario=free-play&devices=4&messages=50', { viewport: screen, axe: false })
      for (const device of ['Phone', 'Laptop', 'Tablet', 'Desktop']) {
        await page.getByRole('button', { name: `Check mail on ${device}` }).click()
        await walkInView(page, `free play, check mail on ${device}`)
      }
      const lane = page.getByRole('region', { name: 'IMAP', exact: true })
      await expect(lane.getByRole('region', { name: /^(Phone|Laptop|Tablet|Desktop)\b/ }).count()).resolves.toBe(4)
      // The cards that do not fit are one press away, and the list then scrolls inside its panel.
      const more = lane.getByRole('button', { name: /^\+\d+ more/ }).first()
      await more.click()
      await expect(outOfView(page)).resolves.toEqual([])
    })
  }
})

describe('a 360×780 phone', () => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    it(`brings the panel a step changed into view after each step (${reducedMotion === 'reduce' ? 'reduced motion: instantly' : 'smoothly'})`, { timeout: 180_000 }, async () => {
      const { page } = await openLab('/?scenario=read-sync', { viewport: { width: 360, height: 780 }, reducedMotion })
      for (const lane of ['POP3', 'IMAP'] as const) {
        if (lane === 'IMAP') {
          await page.getByRole('button', { name: 'Reset' }).click()
          await page.getByRole('group', { name: 'Show lane' }).getByRole('button', { name: 'IMAP' }).click()
        }
        let steps = 0
        while (await step(page)) {
          steps++
          const inView = () =>
            page.evaluate((protocol) => {
              const laneElement = document.getElementById(`lab-lane-${protocol}`)!
              const sheet = document.querySelector('[data-sheet]')!.getBoundingClientRect()
              const target = laneElement.querySelector('[data-place][data-changed]') ?? laneElement.querySelector('[data-active] + [data-place]')
              // A step that changed nothing in this lane and had no device talk: nothing to bring into view.
              if (!target) return 'in view'
              const box = target.getBoundingClientRect()
              const visibleBottom = Math.min(window.innerHeight, sheet.top)
              return box.bottom > 0 && box.top < visibleBottom - 8 ? 'in view' : `${target.getAttribute('aria-label')} at ${Math.round(box.top)}..${Math.round(box.bottom)}, visible 0..${Math.round(visibleBottom)}`
            }, lane.toLowerCase())
          await expect.poll(inView, { timeout: reducedMotion === 'reduce' ? 500 : 3000 }).toBe('in view')
        }
        expect(steps).toBeGreaterThan(3)
      }
      const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
    })
  }
})
