import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Lane, relayInFlight } from '@/components/lanes/Lane'
import { networkLineText, waitingText } from '@/components/lanes/NetworkLine'
import { imapLane } from '@/test/fixtures/views'
import { imapFoldersLane, pop3FoldersLane } from '@/test/fixtures/views12'
import { axeViolations, place } from '../lab/axe'

describe('Lane with the clock, push, polling and the queue to other servers', { timeout: 20_000 }, () => {
  it('shows the simulated time and how long the devices took to see the newest mail', () => {
    render(<Lane lane={imapFoldersLane} />)
    const clock = screen.getByText(/Simulated time:/).closest('[data-clock]') as HTMLElement
    expect(clock.textContent).toContain('Simulated time: 15 min')
    expect(clock.textContent).toContain("first seen: 'Hello from Bob' — Laptop after 0 min, Phone after 5 min")
  })

  it('shows no clock in a scenario that never uses it', () => {
    render(<Lane lane={imapLane} />)
    expect(screen.queryByText(/Simulated time/)).toBeNull()
  })

  it('says on the link that a device waits in IDLE, or when a polling device checks next', () => {
    render(<Lane lane={{ ...imapFoldersLane, activeDevice: null }} />)
    expect(screen.getByText('Link to Laptop: waiting for new mail, told at once (IDLE)')).toBeTruthy()
    expect(screen.getByText('Link to Phone: next checks for mail at 20 min')).toBeTruthy()
    expect(screen.getByText('Waiting for new mail (IDLE)')).toBeTruthy()
    expect(screen.getByText(/Next check at 20 min/)).toBeTruthy()
    expect(waitingText({ idling: false, nextCheckAt: null })).toBeNull()
    expect(networkLineText({ deviceLabel: 'Tablet', online: false, active: false, command: null, idling: true })).toBe('Link to Tablet: cut (offline)')
  })

  it("shows the server's folders and its queue to other servers, saying nothing leaves the simulation", async () => {
    const user = userEvent.setup()
    render(<Lane lane={imapFoldersLane} />)
    const server = screen.getByRole('region', { name: place('Mail server') })
    
    const queue = within(server).getByRole('button', { name: 'To other servers, 1 message waiting' })
    await user.click(queue)
    expect(within(server).getByText(/Nothing leaves this simulation/)).toBeTruthy()
    const list = within(server).getByRole('list', { name: 'Messages in the queue to other servers on the mail server' })
    expect(within(list).getByRole('listitem').getAttribute('aria-label')).toBe('Re: Lunch? — to carol@example.net — waiting to go to another server')
  })

  it('has no axe violations with both lanes on the clock', async () => {
    const { container } = render(
      <>
        <Lane lane={pop3FoldersLane} />
        <Lane lane={imapFoldersLane} />
      </>,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})

describe('relayInFlight', () => {
  it("shows the sender's server's refused command and its reply, else its last command", () => {
    const relay = (index: number, client: string | null, server: string) => ({ index, device: 'relay' as const, protocol: 'smtp' as const, step: 'relaying', client, server })
    const transcript = [relay(0, null, '220 mail.example.org ESMTP\r\n'), relay(1, 'MAIL FROM:<dana@example.com>', '250 2.1.0 Ok\r\n'), relay(2, 'RCPT TO:<alice@example.org>', '552 5.2.2 <alice@example.org>: Mailbox full\r\n'), relay(3, 'QUIT', '221 2.0.0 Bye\r\n')]
    const lane = { ...imapFoldersLane, transcript, lastExchanges: [0, 1, 2, 3] }
    expect(relayInFlight(lane)).toEqual({ command: 'RCPT TO:<alice@example.org>', reply: '552 5.2.2 <alice@example.org>: Mailbox full', refused: true })
    expect(relayInFlight({ ...lane, lastExchanges: [0, 1] })).toEqual({ command: 'MAIL FROM:<dana@example.com>', reply: '250 2.1.0 Ok', refused: false })
    expect(relayInFlight(imapFoldersLane)).toBeNull()
    render(<Lane lane={lane} />)
    expect(screen.getByText('refused')).toBeTruthy()
  })
})
