import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { TranscriptPanel, type ExplainLine } from '@/components/lab/TranscriptPanel'
import { imapTranscript, pop3Transcript } from '@/test/fixtures/views'
import { axeViolations } from './axe'

const explain: ExplainLine = (protocol, direction, line) => `NOTE ${protocol} ${direction} ${line}`

function lineButtons() {
  return screen.getAllByRole('button').filter((button) => button.hasAttribute('data-transcript-line'))
}

describe('TranscriptPanel', { timeout: 20_000 }, () => {
  it('renders C: and S: lines, the server reply split into CRLF-free lines', () => {
    render(<TranscriptPanel protocol="pop3" entries={pop3Transcript} lastExchanges={[6, 7]} explain={explain} />)
    const group = screen.getByRole('group', { name: 'POP3 transcript' })
    expect(within(group).getByRole('button', { name: 'Client: USER alice' })).toBeTruthy()
    expect(within(group).getByRole('button', { name: 'Server: +OK 3 messages:' })).toBeTruthy()
    expect(within(group).getByRole('button', { name: 'Server: 2 211' })).toBeTruthy()
    expect(within(group).getByRole('button', { name: 'Server: Subject: Lunch?' })).toBeTruthy()
    expect(within(group).getAllByRole('button', { name: 'Server: .' })).toHaveLength(2)
    for (const button of lineButtons()) expect(button.textContent).not.toMatch(/\r/)
  })

  it('highlights the last exchanges', () => {
    const { container } = render(<TranscriptPanel protocol="pop3" entries={pop3Transcript} lastExchanges={[6, 7]} explain={explain} />)
    const current = Array.from(container.querySelectorAll('[data-current="true"]'))
    expect(current).toHaveLength(2)
    expect(within(current[0] as HTMLElement).getByRole('button', { name: 'Client: DELE 1' })).toBeTruthy()
    expect(within(current[1] as HTMLElement).getByRole('button', { name: 'Client: QUIT' })).toBeTruthy()
    expect(within(current[0] as HTMLElement).getByText('(latest step)')).toBeTruthy()
  })

  it('makes the first highlighted line the tab stop and scrolls it into view without smooth scrolling under reduced motion', async () => {
    const scrollTo = vi.fn()
    const original = HTMLElement.prototype.scrollTo
    HTMLElement.prototype.scrollTo = scrollTo as unknown as typeof original
    const matchMedia = window.matchMedia
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: query.includes('reduce') })) as typeof window.matchMedia
    try {
      const user = userEvent.setup()
      render(<TranscriptPanel protocol="pop3" entries={pop3Transcript} lastExchanges={[6]} explain={explain} />)
      // In the next frame: the line's place is read after the commit, not inside it.
      await waitFor(() => expect(scrollTo).toHaveBeenCalled())
      expect(scrollTo.mock.lastCall?.[0]).toMatchObject({ behavior: 'auto' })
      await user.tab() // the collapse toggle
      await user.tab() // Copy transcript
      await user.tab()
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Client: DELE 1' }))
    } finally {
      HTMLElement.prototype.scrollTo = original
      window.matchMedia = matchMedia
    }
  })

  it('reveals a line’s explanation on keyboard focus, and moves between lines with the arrow keys', async () => {
    const user = userEvent.setup()
    render(<TranscriptPanel protocol="imap" entries={imapTranscript} lastExchanges={[1]} explain={explain} />)
    const login = screen.getByRole('button', { name: 'Client: a1 LOGIN alice secret' })
    expect(login.getAttribute('aria-expanded')).toBe('false')
    const note = () => document.getElementById(login.getAttribute('aria-describedby') ?? '') as HTMLElement
    expect(note().hidden).toBe(true)
    await user.tab()
    await user.tab()
    await user.tab()
    expect(document.activeElement).toBe(login)
    expect(login.getAttribute('aria-expanded')).toBe('true')
    expect(note().hidden).toBe(false)
    expect(note().textContent).toBe('NOTE imap client a1 LOGIN alice secret')
    await user.keyboard('{ArrowDown}')
    const reply = screen.getByRole('button', { name: /^Server: a1 OK/ })
    expect(document.activeElement).toBe(reply)
    expect(note().hidden).toBe(true)
    expect(reply.getAttribute('aria-expanded')).toBe('true')
    await user.keyboard('{Home}')
    expect(document.activeElement).toBe(lineButtons()[0])
  })

  it('pins an explanation open on click (tap) and closes it on a second click', async () => {
    const user = userEvent.setup()
    render(<TranscriptPanel protocol="pop3" entries={pop3Transcript} lastExchanges={[]} explain={explain} />)
    const stat = screen.getByRole('button', { name: 'Client: STAT' })
    await user.click(stat)
    expect(stat.getAttribute('aria-expanded')).toBe('true')
    await user.click(stat)
    expect(stat.getAttribute('aria-expanded')).toBe('false')
    fireEvent.mouseEnter(stat)
    expect(stat.getAttribute('aria-expanded')).toBe('true')
    fireEvent.mouseLeave(stat)
    expect(stat.getAttribute('aria-expanded')).toBe('false')
  })

  it('passes the command being answered to the explanation of server lines', () => {
    const spy = vi.fn<ExplainLine>(() => 'note')
    render(<TranscriptPanel protocol="pop3" entries={pop3Transcript.slice(0, 5)} lastExchanges={[]} explain={spy} />)
    expect(spy).toHaveBeenCalledWith('pop3', 'server', '2 211', { previousClientLine: 'LIST', inMultiline: true })
    expect(spy).toHaveBeenCalledWith('pop3', 'server', '.', { previousClientLine: 'LIST', inMultiline: false })
    expect(spy).toHaveBeenCalledWith('pop3', 'client', 'LIST')
  })

  it('uses the content explanations by default', async () => {
    const user = userEvent.setup()
    render(<TranscriptPanel protocol="pop3" entries={pop3Transcript} lastExchanges={[]} />)
    const dele = screen.getByRole('button', { name: 'Client: DELE 1' })
    await user.click(dele)
    const note = document.getElementById(dele.getAttribute('aria-describedby') ?? '')
    expect(note?.textContent?.length ?? 0).toBeGreaterThan(10)
    expect(note?.textContent).not.toBe('No note for this line.')
  })

  it('collapses and expands with a button that reports aria-expanded', async () => {
    const user = userEvent.setup()
    render(<TranscriptPanel protocol="pop3" entries={pop3Transcript} lastExchanges={[]} explain={explain} />)
    const toggle = screen.getByRole('button', { name: 'POP3 transcript' })
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    await user.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('button', { name: 'Client: STAT' })).toBeNull()
    await user.keyboard('{Enter}')
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByRole('button', { name: 'Client: STAT' })).toBeTruthy()
  })

  it('copies the transcript as plain text and says so', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    render(<TranscriptPanel protocol="pop3" entries={pop3Transcript.slice(0, 5)} lastExchanges={[]} explain={explain} />)
    await user.click(screen.getByRole('button', { name: 'Copy transcript' }))
    expect(writeText).toHaveBeenCalledWith(
      'S: +OK Dovecot (Debian) ready.\nC: USER alice\nS: +OK\nC: PASS secret\nS: +OK Logged in.\nC: STAT\nS: +OK 3 623\nC: LIST\nS: +OK 3 messages:\nS: 1 220\nS: 2 211\nS: 3 192\nS: .',
    )
    expect(screen.getByRole('status').textContent).toBe('Transcript copied as plain text.')
  })

  it('falls back to execCommand, then to a selected field with "Press Ctrl+C" when the browser refuses both', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    const execCommand = vi.fn(() => false)
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    const { container } = render(<TranscriptPanel protocol="pop3" entries={pop3Transcript} lastExchanges={[]} explain={explain} />)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy transcript' })))
    expect(execCommand).toHaveBeenCalledWith('copy')
    expect(screen.getByRole('status').textContent).toMatch(/Could not copy here: .* press Ctrl\+C/)
    const field = screen.getByRole('textbox', { name: 'POP3 transcript as text' }) as HTMLTextAreaElement
    expect(field.value).toMatch(/^S: \+OK Dovecot/)
    expect(document.activeElement).toBe(field)
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length])
    expect(field.getAttribute('aria-describedby')).toBeTruthy()
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toMatch(/press Ctrl\+C/)
    expect(await axeViolations(container)).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: 'Done' }))
    expect(screen.queryByRole('textbox', { name: 'POP3 transcript as text' })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy transcript' }))
    execCommand.mockReturnValue(true)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy transcript' })))
    expect(screen.getByRole('status').textContent).toBe('Transcript copied as plain text.')
  }, 20_000)

  it('says so when nothing has been said yet', () => {
    render(<TranscriptPanel protocol="imap" entries={[]} lastExchanges={[]} explain={explain} />)
    expect(screen.getByText('Nothing has been said on the wire yet.')).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Copy transcript' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('has no axe violations', async () => {
    const { container } = render(<TranscriptPanel protocol="imap" entries={imapTranscript} lastExchanges={[5, 6]} explain={explain} />)
    expect(await axeViolations(container)).toEqual([])
  })
})
