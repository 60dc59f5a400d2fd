// The console's SMTP tab as a learner uses it (issue 12 item 6): pick SMTP, fill in the login,
// write a message after DATA, and watch Bob's idling IMAP tab hear of it; keyboard and labels
// work as in the POP3 and IMAP tabs.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConsoleApp } from '@/components/console/ConsoleApp'
import { CONSOLE_DEPS } from '@/components/console/consoleDeps'

function setup() {
  render(<ConsoleApp deps={CONSOLE_DEPS} />)
  const user = userEvent.setup()
  const type = async (device: string, ...lines: string[]) => {
    for (const line of lines) {
      const input = screen.getByRole('textbox', { name: new RegExp(`^(Command|Message line) for ${device}$`) })
      await user.type(input, `${line}{Enter}`)
    }
  }
  const log = (device: string) => screen.getByRole('log', { name: `${device} conversation` })
  return { user, type, log }
}

describe('ConsoleApp (SMTP)', () => {
  it('switches the untouched first tab to SMTP, with its own prompt and help on "?"', async () => {
    const { user, type, log } = setup()
    await user.click(screen.getByRole('radio', { name: 'SMTP (sending)' }))
    expect(screen.getByRole('tab', { name: /Phone\s*SMTP/ })).toBeTruthy()
    expect(log('Phone').textContent).toMatch(/220 mail\.example\.org ESMTP/)
    expect(screen.getByText(/State: connected\. Type "\?" for the console's help \(HELP goes to the server\)\./)).toBeTruthy()
    await type('Phone', '?')
    expect(log('Phone').textContent).toMatch(/not sent to the SMTP server/)
    expect(log('Phone').textContent).toMatch(/To log in as alice, type: AUTH PLAIN AGFsaWNlAHNlY3JldA==/)
    expect(screen.getByRole('group', { name: /Phone's SMTP client/ })).toBeTruthy()
  })

  it('completes MAIL to "MAIL FROM:<" with Tab', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('radio', { name: 'SMTP (sending)' }))
    const input = screen.getByRole('textbox', { name: 'Command for Phone' })
    await user.type(input, 'ma')
    await user.keyboard('{Tab}')
    expect(input).toHaveProperty('value', 'MAIL FROM:<')
  })

  it('sends Bob a message while his IMAP tab idles: the tab shows "* 1 EXISTS" and the challenge is solved', async () => {
    const { user, type, log } = setup()
    await user.click(screen.getByRole('radio', { name: 'IMAP' }))
    await type('Phone', 'a1 LOGIN bob secret', 'a2 SELECT INBOX', 'a3 IDLE')
    await user.click(screen.getByRole('radio', { name: 'SMTP (sending)' }))
    await user.click(screen.getByRole('button', { name: 'Connect the Laptop (SMTP)' }))
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Command for Laptop' }))
    await type('Laptop', 'EHLO laptop.example')

    // The fill-in button puts the AUTH PLAIN line in the field and focuses it; Enter sends it.
    await user.click(screen.getByRole('button', { name: 'Fill in the login for alice' }))
    const input = screen.getByRole('textbox', { name: 'Command for Laptop' })
    expect(input).toHaveProperty('value', 'AUTH PLAIN AGFsaWNlAHNlY3JldA==')
    expect(document.activeElement).toBe(input)
    await user.keyboard('{Enter}')
    expect(log('Laptop').textContent).toMatch(/235 2\.7\.0/)
    expect(screen.getByRole('button', { name: 'Fill in the login for alice' })).toHaveProperty('disabled', true)

    await type('Laptop', 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'DATA')
    // Writing the message: the field is relabelled, and Tab is left to move focus.
    const line = screen.getByRole('textbox', { name: 'Message line for Laptop' })
    expect(screen.getByText(/Writing the message: every line you type is part of it/)).toBeTruthy()
    await user.type(line, 'ma')
    await user.keyboard('{Tab}')
    expect(line).toHaveProperty('value', 'ma')
    await user.clear(line)
    await type('Laptop', 'Subject: Lunch?', '', 'Noon?', '.')
    expect(log('Laptop').textContent).toMatch(/250 2\.0\.0 Ok: queued as/)
    expect(screen.getByRole('textbox', { name: 'Command for Laptop' })).toBeTruthy()

    expect(screen.getByRole('listitem', { name: /Send it, see it arrive: solved/ })).toBeTruthy()
    expect(screen.getByText(/Challenge solved: .*Send it, see it arrive/)).toBeTruthy()
    // The phone's device panel now holds the new message; the laptop is listed as a sending device.
    expect(within(screen.getByRole('region', { name: /^Phone/ })).getByRole('listitem', { name: /Lunch\?/ })).toBeTruthy()
    expect(within(screen.getByRole('region', { name: 'Sending devices' })).getByText(/Laptop: state greeted, logged in as alice/)).toBeTruthy()
    await user.click(screen.getByRole('tab', { name: /^Phone/ }))
    expect(log('Phone').textContent).toMatch(/\* 1 EXISTS/)
    expect(screen.getByText(/The server below shows/).textContent).toMatch(/bob's mailbox/)
    // A long walk of typed lines: allow for a busy machine.
  }, 30_000)

  it('explains SMTP lines, message lines included, when opened', async () => {
    const { user, type, log } = setup()
    await user.click(screen.getByRole('radio', { name: 'SMTP (sending)' }))
    await type('Phone', 'EHLO laptop.example', 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>')
    const refused = within(log('Phone')).getByText(/^554 5\.7\.1/)
    await user.click(refused)
    expect(log('Phone').textContent).toMatch(/you are not logged in/)
    expect(screen.getByRole('listitem', { name: /Send without logging in: solved/ })).toBeTruthy()
    await type('Phone', 'RSET', 'AUTH PLAIN AGFsaWNlAHNlY3JldA==', 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'DATA', 'Subject: hi')
    await user.click(within(log('Phone')).getByText('Subject: hi'))
    expect(log('Phone').textContent).toMatch(/A header line of the message: "Subject"/)
    await user.click(within(log('Phone')).getByText('AUTH PLAIN AGFsaWNlAHNlY3JldA=='))
    expect(log('Phone').textContent).toMatch(/user "alice", password "secret"/)
  }, 30_000)
})
