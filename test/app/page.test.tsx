import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import Home from '@/app/page'
import { place } from '../components/lab/axe'

describe('home page (the lab)', { timeout: 30_000 }, () => {
  it('names the lab in its only top-level heading and introduces it', () => {
    render(<Home />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mail Protocol Lab')
    expect(screen.getByText(/leave your devices in very different places/)).toBeTruthy()
  })

  it('links to the console and the instructors\' guide', () => {
    render(<Home />)
    const nav = screen.getByRole('navigation', { name: 'Site' })
    expect(within(nav).getByRole('link', { name: /Console/ }).getAttribute('href')).toBe('/console')
    expect(within(nav).getByRole('link', { name: /Instructors/ }).getAttribute('href')).toBe('/instructors')
  })

  it('shows step 0 of the default scenario: a POP3 lane and an IMAP lane, each with the server and devices', () => {
    render(<Home />)
    expect(screen.getByText(/^Step 0 of \d+/)).toBeTruthy()
    for (const protocol of ['POP3', 'IMAP']) {
      const lane = screen.getByRole('region', { name: protocol })
      for (const name of ['Mail server', 'Phone']) expect(within(lane).getByRole('region', { name: place(name) })).toBeTruthy()
      const server = within(lane).getByRole('region', { name: place('Mail server') })
      expect(within(server).getAllByRole('listitem').length).toBeGreaterThan(0)
    }
    expect(screen.getByRole('button', { name: 'Next step' })).toBeTruthy()
  })
})
