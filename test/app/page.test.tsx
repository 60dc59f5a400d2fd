import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import Home from '@/app/page'

describe('home page', () => {
  it('names the lab in its only top-level heading', () => {
    render(<Home />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mail Protocol Lab')
  })

  it('shows a POP3 lane and an IMAP lane, each with the server, devices and wire lines', () => {
    render(<Home />)
    for (const protocol of ['POP3', 'IMAP']) {
      const lane = screen.getByRole('region', { name: protocol })
      for (const place of ['Mail server', 'Phone', 'Laptop']) {
        expect(within(lane).getByText(place)).toBeTruthy()
      }
      const wire = within(lane).getByRole('figure')
      expect(within(wire).getByText('On the wire')).toBeTruthy()
      expect(within(wire).getAllByRole('listitem').length).toBeGreaterThan(5)
    }
  })

  it('quotes real protocol lines: POP3 deletes on QUIT, IMAP sets \\Seen on FETCH', () => {
    render(<Home />)
    const pop3 = screen.getByRole('region', { name: 'POP3' })
    const imap = screen.getByRole('region', { name: 'IMAP' })
    expect(within(pop3).getByText('DELE 1')).toBeTruthy()
    expect(within(pop3).getByText('+OK Logging out, messages deleted.')).toBeTruthy()
    expect(within(imap).getByText('* 1 FETCH (FLAGS (\\Seen \\Recent) BODY[] {220}')).toBeTruthy()
  })
})
