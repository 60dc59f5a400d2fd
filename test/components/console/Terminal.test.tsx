import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Terminal, type TerminalProps } from '@/components/console/Terminal'
import type { TranscriptEntry } from '@/lib/console'

const POP3_AUTH = ['USER', 'PASS', 'AUTH', 'CAPA', 'QUIT']
const IMAP_NOT_AUTH = ['CAPABILITY', 'NOOP', 'LOGOUT', 'LOGIN', 'AUTHENTICATE', 'ID', 'ENABLE']

function setup(props: Partial<TerminalProps> = {}) {
  const onSubmit = vi.fn()
  const all: TerminalProps = {
    label: 'Phone',
    protocol: 'pop3',
    entries: [{ id: 1, kind: 'server', text: '+OK Dovecot ready.\r\n' }],
    state: 'AUTHORIZATION',
    closed: false,
    literal: null,
    sent: [],
    commands: POP3_AUTH,
    showCrlf: false,
    onSubmit,
    ...props,
  }
  const view = render(<Terminal {...all} />)
  const input = screen.getByRole('textbox', { name: /for Phone/ })
  return { user: userEvent.setup(), input, onSubmit, view, props: all }
}

describe('Terminal', () => {
  it('shows the conversation in a log and sends each line as typed', async () => {
    const { user, input, onSubmit } = setup()
    expect(within(screen.getByRole('log', { name: 'Phone conversation' })).getByText('+OK Dovecot ready.')).toBeTruthy()
    await user.type(input, 'USER alice{Enter}')
    expect(onSubmit).toHaveBeenCalledWith('USER alice')
    expect(input).toHaveProperty('value', '')
  })

  it('walks the history with ↑ and ↓, back to the draft', async () => {
    const { user, input } = setup()
    await user.type(input, 'USER alice{Enter}PASS secret{Enter}LI')
    await user.keyboard('{ArrowUp}')
    expect(input).toHaveProperty('value', 'PASS secret')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(input).toHaveProperty('value', 'USER alice')
    await user.keyboard('{ArrowDown}')
    expect(input).toHaveProperty('value', 'PASS secret')
    await user.keyboard('{ArrowDown}')
    expect(input).toHaveProperty('value', 'LI')
  })

  it('completes a command name with Tab', async () => {
    const { user, input } = setup()
    await user.type(input, 'us')
    await user.keyboard('{Tab}')
    expect(input).toHaveProperty('value', 'USER ')
    expect(document.activeElement).toBe(input)
  })

  it('lists the matches when several commands fit, then lets Tab move on', async () => {
    const { user, input } = setup({ protocol: 'imap', state: 'not authenticated', commands: IMAP_NOT_AUTH, sent: ['a1 CAPABILITY'] })
    await user.type(input, 'a2 LOG')
    await user.keyboard('{Tab}')
    expect(screen.getByRole('status').textContent).toBe('Matches: LOGOUT LOGIN')
    expect(document.activeElement).toBe(input)
    await user.keyboard('{Tab}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Send' }))
  })

  it('suggests the next IMAP tag, on screen and with Tab', async () => {
    const { user, input } = setup({ protocol: 'imap', state: 'not authenticated', commands: IMAP_NOT_AUTH, sent: ['a1 CAPABILITY', 'a2 LOGIN alice secret'] })
    expect(screen.getByText(/Next tag: a3/)).toBeTruthy()
    await user.click(input)
    await user.keyboard('{Tab}')
    expect(input).toHaveProperty('value', 'a3 ')
    await user.type(input, 'no')
    await user.keyboard('{Tab}')
    expect(input).toHaveProperty('value', 'a3 NOOP ')
  })

  it('does not trap Tab in an empty POP3 line', async () => {
    const { user, input } = setup()
    await user.click(input)
    await user.keyboard('{Tab}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Send' }))
  })

  it('prompts for a literal\'s continuation', () => {
    setup({ protocol: 'imap', state: 'not authenticated', literal: { remaining: 5, total: 5, nonSynchronizing: false } })
    const input = screen.getByRole('textbox', { name: 'Literal data for Phone' })
    expect(input.getAttribute('aria-describedby')).toBeTruthy()
    expect(screen.getByText(/5 of 5 octets still to type/)).toBeTruthy()
  })

  it('shows CRLF line ends only when asked', () => {
    const entries: TranscriptEntry[] = [
      { id: 1, kind: 'server', text: '+OK 2 messages\r\n1 220\r\n.\r\n' },
      { id: 2, kind: 'client', text: 'STAT' },
    ]
    const { view, props } = setup({ entries })
    const log = screen.getByRole('log')
    expect(log.textContent).not.toContain('\\r\\n')
    view.rerender(<Terminal {...props} showCrlf />)
    expect(log.textContent).toContain('+OK 2 messages\\r\\n')
    expect(log.textContent).toContain('STAT\\r\\n')
    expect(log.textContent?.match(/\\r\\n/g)).toHaveLength(4)
  })

  it('expands a line into its explanation', async () => {
    const { user } = setup({ explain: (line) => (line.startsWith('+OK') ? 'The server is ready.' : undefined) })
    const summary = screen.getByText('+OK Dovecot ready.').closest('summary') as HTMLElement
    expect(screen.getByText('The server is ready.').closest('details')?.open).toBe(false)
    await user.click(summary)
    expect(screen.getByText('The server is ready.').closest('details')?.open).toBe(true)
  })
})
