import { render, screen, within } from '@testing-library/react'
import { Lane, commandInFlight, replyStatus } from '@/components/lanes/Lane'
import { imapLane, pop3Lane, pop3LaneMarked } from '@/test/fixtures/views'
import { axeViolations, place } from '../lab/axe'

describe('Lane', { timeout: 20_000 }, () => {
  it('is a region named after its protocol, holding the server and device regions', () => {
    render(
      <>
        <Lane lane={pop3Lane} />
        <Lane lane={imapLane} />
      </>,
    )
    const pop3 = screen.getByRole('region', { name: 'POP3' })
    const imap = screen.getByRole('region', { name: 'IMAP' })
    expect(within(pop3).getByRole('region', { name: place('Mail server') })).toBeTruthy()
    expect(within(pop3).getByRole('region', { name: place('Phone') })).toBeTruthy()
    expect(within(pop3).getByRole('region', { name: place('Laptop') })).toBeTruthy()
    for (const name of ['Mail server', 'Phone', 'Laptop', 'Tablet']) {
      expect(within(imap).getByRole('region', { name: place(name) })).toBeTruthy()
    }
  })

  it('keeps every region name unique, and "POP3"/"IMAP" only in the lane names (substring lookups stay unambiguous)', () => {
    const { container } = render(
      <>
        <Lane lane={pop3Lane} />
        <Lane lane={imapLane} />
      </>,
    )
    const names = screen.getAllByRole('region').map((region) => region.getAttribute('aria-label') ?? region.textContent?.slice(0, 4))
    expect(new Set(names).size).toBe(names.length)
    const regionNames = Array.from(container.querySelectorAll('section[aria-label]')).map((el) => el.getAttribute('aria-label') ?? '')
    expect(regionNames).toContain('Mail server (Post Office Protocol)')
    expect(regionNames).toContain('Phone (Internet Message Access Protocol)')
    expect(regionNames.filter((name) => /pop3|imap/i.test(name))).toEqual([])
    expect(screen.getAllByRole('region', { name: /pop3/i })).toHaveLength(1)
    expect(screen.getAllByRole('region', { name: /imap/i })).toHaveLength(1)
  })

  it('shows POP3 download-and-delete: an empty server, the messages on the phone', () => {
    render(<Lane lane={pop3Lane} />)
    const server = screen.getByRole('region', { name: place('Mail server') })
    expect(within(server).queryAllByRole('listitem')).toHaveLength(0)
    const phone = screen.getByRole('region', { name: place('Phone') })
    expect(within(phone).getByRole('listitem', { name: /^Lunch\? .* read$/ })).toBeTruthy()
    expect(within(phone).getByRole('listitem', { name: /^Quarterly report .* unread$/ })).toBeTruthy()
  })

  it('keeps IMAP messages on the server and on every device', () => {
    render(<Lane lane={imapLane} />)
    const server = screen.getByRole('region', { name: place('Mail server') })
    expect(within(server).getAllByRole('listitem')).toHaveLength(3)
    expect(within(server).getByRole('listitem', { name: /^Lunch\? — .* — read/ })).toBeTruthy()
    const laptop = screen.getByRole('region', { name: place('Laptop') })
    expect(within(laptop).getByRole('listitem', { name: /Quarterly report — .* — unread — headers only/ })).toBeTruthy()
    const tablet = screen.getByRole('region', { name: place('Tablet') })
    expect(within(tablet).getByRole('listitem', { name: /Quarterly report — .* — deleted/ })).toBeTruthy()
  })

  it('draws the command in flight and its reply status on the active device line (the wire ticker), and cuts an offline one', () => {
    render(<Lane lane={imapLane} />)
    expect(screen.getByText(/^Link to Laptop: sending a6 LOGOUT; reply a6 OK/)).toBeTruthy()
    expect(screen.getByText('Link to Phone: idle')).toBeTruthy()
    expect(screen.getByText('Link to Tablet: cut (offline)')).toBeTruthy()
    expect(within(screen.getByRole('region', { name: place('Tablet') })).getByText('Offline')).toBeTruthy()
  })

  it('reads a reply status: POP3 first line, IMAP the line tagged for the command', () => {
    expect(replyStatus('pop3', 'STAT', '+OK 2 320\r\n')).toBe('+OK 2 320')
    expect(replyStatus('imap', 'a6 LOGOUT', '* BYE Logging out\r\na6 OK Logout completed.\r\n')).toBe('a6 OK Logout completed.')
    expect(replyStatus('imap', null, '* OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n')).toBe('* OK [CAPABILITY IMAP4rev1] Dovecot ready.')
    expect(replyStatus('pop3', 'QUIT', '')).toBeNull()
  })

  it('finds the latest exchange of the active device', () => {
    expect(commandInFlight(pop3Lane)).toEqual({ device: 'phone', command: 'QUIT', reply: expect.stringMatching(/^\+OK/) })
    expect(commandInFlight({ ...pop3Lane, lastExchanges: [] })).toBeNull()
    expect(commandInFlight({ ...pop3Lane, activeDevice: null })).toBeNull()
  })

  it('marks a POP3 message DELE has marked but QUIT has not removed', () => {
    render(<Lane lane={pop3LaneMarked} />)
    const server = screen.getByRole('region', { name: place('Mail server') })
    expect(within(server).getByRole('listitem', { name: /^Lunch\? — .* — unread — marked for deletion$/ })).toBeTruthy()
  })

  it('shows storage meters in bytes with value text', () => {
    render(<Lane lane={imapLane} />)
    const meter = screen.getByRole('meter', { name: 'Mail server storage' })
    expect(meter.getAttribute('aria-valuetext')).toBe('623 bytes used of 10 MB')
    expect(meter.getAttribute('aria-valuenow')).toBe('623')
    expect(screen.getByRole('meter', { name: 'Laptop storage' }).getAttribute('aria-valuetext')).toBe('298 bytes used')
  })

  it('renders children inside the lane region', () => {
    render(
      <Lane lane={pop3Lane}>
        <p>Slot</p>
      </Lane>,
    )
    expect(within(screen.getByRole('region', { name: 'POP3' })).getByText('Slot')).toBeTruthy()
  })

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <Lane lane={pop3Lane} deviceActions={{ phone: { onRead: () => {}, onToggleOnline: () => {}, onToggleLeaveCopy: () => {} } }} />
        <Lane lane={imapLane} onDeliver={() => {}} />
      </main>,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})
