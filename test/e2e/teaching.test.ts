// What issue 11 puts in front of learners and teachers, in a real Chromium: glossary popovers by
// keyboard (and announced), the myth card at a scenario's end with this run's figures, the
// /glossary, /myths and /instructors pages (axe clean), and the worksheets printed to A4 PDF.
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations, openPage, siteUrl } from './harness'
import { openLab, stepToEnd } from './labHelpers'

describe('glossary in the lab', () => {
  it('opens a term in the narration by keyboard, announces it, and closes with Escape', async () => {
    const { page } = await openLab('/?scenario=download-and-delete&step=1')
    const term = page.locator('[data-glossary-term]').first()
    await term.waitFor()
    const termId = await term.getAttribute('data-glossary-term')
    await term.focus()
    await page.keyboard.press('Enter')
    await expect(term.getAttribute('aria-expanded')).resolves.toBe('true')
    const popoverId = await term.getAttribute('aria-controls')
    const popover = page.locator(`[id="${popoverId}"]`)
    await expect(popover.isVisible()).resolves.toBe(true)
    // Announced: a polite live region next to the term now holds the definition.
    const live = term.locator('xpath=following-sibling::span[@aria-live="polite"][1]')
    await expect(live.textContent()).resolves.toMatch(/:\s.{20,}/)
    // …and the button is described by the definition while open.
    await expect(term.getAttribute('aria-describedby')).resolves.toBe(popoverId)
    expect(await popover.textContent()).toContain((await live.textContent())!.split(': ')[0])
    expect(termId).toBeTruthy()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(term.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-glossary-term'))).resolves.toBe(true)
  }, 180_000)
})

describe('myths at the end of a scenario', () => {
  it('shows the myth with figures from this run', async () => {
    const { page } = await openLab('/?scenario=round-trips')
    await expect(page.locator('[data-myth]').count()).resolves.toBe(0)
    // The scenario's last step, opened by URL (stepping there part by part is slow on a busy machine).
    await page.goto(siteUrl('/?scenario=round-trips&step=2'))
    await page.locator('[data-lab-ready="true"]').waitFor()
    await stepToEnd(page)
    const card = page.locator('[data-myth="pop3-faster"]')
    await card.waitFor()
    const text = (await card.textContent()) ?? ''
    expect(text).toMatch(/Myth:.*POP3 is always faster/)
    // The round trips the lanes' own metrics show, not fixed text.
    const rows = card.getByRole('row', { name: /Round trips/ })
    const cells = await rows.getByRole('cell').allTextContents()
    expect(cells.map(Number)).toEqual([22, 11])
    await expectNoAxeViolations(page)
  }, 180_000)
})

describe('learner and teacher pages', () => {
  it.each(['/glossary', '/myths', '/instructors', '/instructors/worksheet/20', '/instructors/worksheet/50'])('%s renders with no axe violations', async (path) => {
    const { page } = await openPage(path)
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true)
  })

  it('the myths page links each myth to its scenario and step', async () => {
    const { page } = await openPage('/myths')
    const href = await page.getByRole('link', { name: /See it in .*The lost phone.*step 5/ }).getAttribute('href')
    expect(href).toMatch(/\?scenario=lost-phone&step=5$/)
  })

  it.each(['20', '50'])('the %s-minute worksheet prints to at most two A4 pages with no cut-off text', async (minutes) => {
    const { page } = await openPage(`/instructors/worksheet/${minutes}`, { axe: false })
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true })
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(2)
    // Cut-off text: at the printable width of A4 (210 mm − 28 mm margins ≈ 688 CSS px), nothing
    // is wider than the page or clipped inside its box.
    await page.setViewportSize({ width: 688, height: 1000 })
    const clipped = await page.evaluate(() => {
      const width = document.documentElement.clientWidth
      const bad: string[] = []
      for (const el of Array.from(document.querySelectorAll('main *'))) {
        const box = el.getBoundingClientRect()
        if (box.width === 0 || box.height === 0) continue
        const style = getComputedStyle(el)
        if (box.right > width + 0.5 || box.left < -0.5) bad.push(`outside: ${el.tagName} ${el.textContent?.slice(0, 40)}`)
        if (style.overflow !== 'visible' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) bad.push(`clipped: ${el.tagName}`)
      }
      return bad
    })
    expect(clipped).toEqual([])
  })
})
