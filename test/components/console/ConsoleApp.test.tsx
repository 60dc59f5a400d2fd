import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConsoleApp } from '@/components/console/ConsoleApp'
import { CONSOLE_DEPS } from '@/components/console/consoleDeps'

const deps = CONSOLE_DEPS

function setup() {
  render(<ConsoleApp deps={deps} />)
  const user = userEvent.setup()
  const input = () => screen.getByRole('textbox', { name: 'Command for Phone' })
  const log = () => screen.getByRole('log', { name: 'Phone conversation' })
  const type = async (...lines: string[]) => {
    for (const line of lines) await user.type(input(), `${line}{Enter}`)
  }
  const server = () => screen.getByRole('region', { name: /^Mail server/ })
  return { user, input, log, type, server }
}

describe('ConsoleApp (POP3)', () => {
  it('opens a Phone tab with the server greeting', () => {
    const { log } = setup()
    expect(screen.getByRole('tab', { name: /Phone/ }).getAttribute('aria-selected')).toBe('true')
    expect(log().textContent).toMatch(/\+OK/)
  })

  it('answers help from the console, by state, without sending it', async () => {
    const { type, log } = setup()
    await type('help')
    expect(log().textContent).toMatch(/State: AUTHORIZATION/)
    expect(log().textContent).toMatch(/USER alice — /)
    expect(log().textContent).not.toMatch(/RETR n/)
    await type('USER alice', 'PASS secret', 'help')
    expect(log().textContent).toMatch(/State: TRANSACTION/)
    expect(log().textContent).toMatch(/RETR n/)
  })

  it('completes against the commands of the current state', async () => {
    const { user, input, type } = setup()
    await user.type(input(), 're')
    await user.keyboard('{Tab}')
    expect(input()).toHaveProperty('value', 're')
    await user.clear(input())
    await type('USER alice', 'PASS secret')
    await user.type(input(), 'r')
    await user.keyboard('{Tab}')
    expect(screen.getByText('Matches: RETR RSET')).toBeTruthy()
  })

  it('shows CRLF when the toggle is on', async () => {
    const { user, log } = setup()
    expect(log().textContent).not.toContain('\\r\\n')
    await user.click(screen.getByRole('checkbox', { name: 'Show CRLF' }))
    expect(log().textContent).toContain('\\r\\n')
  })

  it('removes message 1 from the server panel only after QUIT', async () => {
    const { type, server } = setup()
    const first = () => within(server()).queryByRole('listitem', { name: /First test message/ })
    expect(first()?.getAttribute('aria-label')).toMatch(/unread/)
    await type('USER alice', 'PASS secret', 'LIST', 'RETR 1', 'DELE 1')
    expect(first()?.getAttribute('aria-label')).toMatch(/marked for deletion/)
    const phone = screen.getByRole('region', { name: /^Phone/ })
    expect(within(phone).getByRole('listitem', { name: /First test message/ })).toBeTruthy()
    await type('QUIT')
    expect(first()).toBeNull()
    expect(screen.getByRole('tab', { name: /closed/ })).toBeTruthy()
  })

  it('keeps everything when the connection is dropped', async () => {
    const { user, type, server } = setup()
    await type('USER alice', 'PASS secret', 'DELE 1')
    await user.click(screen.getByRole('button', { name: 'Drop connection' }))
    const first = within(server()).getByRole('listitem', { name: /First test message/ })
    expect(first.getAttribute('aria-label')).not.toMatch(/marked/)
    expect(screen.getByRole('listitem', { name: /Pull the plug: solved/ })).toBeTruthy()
  })

  it('detects a solved challenge and shows its explanation', async () => {
    const { type } = setup()
    expect(screen.getByRole('listitem', { name: /Change your mind: not solved yet/ })).toBeTruthy()
    await type('USER alice', 'PASS secret', 'DELE 1', 'RSET', 'QUIT')
    const challenge = screen.getByRole('listitem', { name: /Change your mind: solved/ })
    expect(within(challenge).getByText(/Why it works/)).toBeTruthy()
    expect(screen.getByText(/Challenge solved: Change your mind/)).toBeTruthy()
  })

  it('connects a second device in its own tab and delivers new mail', async () => {
    const { user, server } = setup()
    await user.click(screen.getByRole('button', { name: 'Connect the Laptop (POP3)' }))
    expect(screen.getByRole('tab', { name: /Laptop/ }).getAttribute('aria-selected')).toBe('true')
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Command for Laptop' }))
    await user.click(within(server()).getByRole('button', { name: 'Deliver a new message' }))
    expect(within(server()).getByRole('listitem', { name: /New arrival/ })).toBeTruthy()
  })

  it('switches to IMAP and prompts for a literal\'s continuation', async () => {
    const { user, log } = setup()
    await user.click(screen.getByRole('radio', { name: 'IMAP' }))
    expect(screen.getByRole('tab', { name: /Phone\s*IMAP/ })).toBeTruthy()
    await user.type(screen.getByRole('textbox', { name: 'Command for Phone' }), 'a1 LOGIN {{5}{Enter}')
    const literal = screen.getByRole('textbox', { name: 'Literal data for Phone' })
    expect(screen.getByText(/5 of 5 octets still to type/)).toBeTruthy()
    expect(log().textContent).toMatch(/\+ OK/)
    await user.type(literal, 'alice secret{Enter}')
    expect(screen.getByRole('textbox', { name: 'Command for Phone' })).toBeTruthy()
    expect(log().textContent).toMatch(/a1 OK/)
    expect(screen.getByText(/State: authenticated\. Next tag: a2\./)).toBeTruthy()
  })

  it('starts over from a scenario\'s starting world', async () => {
    const { user, server } = setup()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Starting world' }), 'Start of: The lost phone')
    expect(within(server()).getByRole('listitem', { name: /Lunch\?/ })).toBeTruthy()
    expect(within(server()).queryByRole('listitem', { name: /First test message/ })).toBeNull()
  })

  it('moves between tabs with the arrow keys and closes a tab without losing focus', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Connect the Laptop (POP3)' }))
    const phone = screen.getByRole('tab', { name: /^Phone/ })
    const laptop = screen.getByRole('tab', { name: /^Laptop/ })
    laptop.focus()
    await user.keyboard('{ArrowRight}')
    expect(phone.getAttribute('aria-selected')).toBe('true')
    expect(document.activeElement).toBe(phone)
    await user.keyboard('{End}')
    expect(laptop.getAttribute('aria-selected')).toBe('true')
    await user.click(screen.getByRole('button', { name: 'Close Laptop tab' }))
    expect(screen.queryByRole('tab', { name: /^Laptop/ })).toBeNull()
    await new Promise((resolve) => requestAnimationFrame(resolve))
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: /^Phone/ }))
  })

  it('shows the mailbox of the user the active tab logged in as', async () => {
    const { type, server } = setup()
    expect(screen.getByText(/The server below shows/).textContent).toMatch(/alice's mailbox/)
    await type('USER bob', 'PASS secret')
    expect(screen.getByText(/The server below shows/).textContent).toMatch(/bob's mailbox/)
    expect(within(server()).queryAllByRole('listitem')).toHaveLength(0)
  })
})
