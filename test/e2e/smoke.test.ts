import { describe, expect, it } from 'vitest'
import { openPage, siteUrl } from './harness'

describe('smoke', () => {
  it('shows the lab on / with no browser errors and no axe violations', async () => {
    const { page, expectNoErrors } = await openPage('/')
    await expect(page.title()).resolves.toBe('Mail Protocol Lab')
    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading.textContent()).resolves.toBe('Mail Protocol Lab')
    for (const lane of ['POP3', 'IMAP']) {
      await expect(page.getByRole('region', { name: lane }).isVisible()).resolves.toBe(true)
    }
    await expectNoErrors()
    // axe runs on the page after the test (see harness.ts)
  })

  it('lays out on a phone in dark mode with reduced motion', async () => {
    const { page } = await openPage('/', {
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
      reducedMotion: 'reduce',
    })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })

  it('answers an unknown path with the 404 page and status 404', async () => {
    const { page, response } = await openPage('/no-such-page', { expectStatus: 404 })
    expect(response.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found')
    const home = await page.getByRole('link', { name: 'Go to Mail Protocol Lab' }).getAttribute('href')
    const withoutSlash = (url: string) => url.replace(/\/$/, '')
    expect(withoutSlash(new URL(home ?? '', page.url()).href)).toBe(withoutSlash(siteUrl('/')))
  })

  it('opens an absolute URL under the same guards', async () => {
    const { page, response } = await openPage(siteUrl('/no-such-page'), { expectStatus: 404 })
    expect(response.url()).toBe(siteUrl('/no-such-page'))
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found')
  })
})
