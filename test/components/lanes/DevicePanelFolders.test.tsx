import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DevicePanel } from '@/components/lanes/DevicePanel'
import { imapFoldersLane, pop3FoldersLane } from '@/test/fixtures/views12'
import { axeViolations, place } from '../lab/axe'

const [phone, , tablet] = imapFoldersLane.devices

function folderButton(name: RegExp) {
  return screen.getByRole('button', { name })
}

describe('DevicePanel with folders', { timeout: 20_000 }, () => {
  it('shows one folder at a time, with every folder and its count as a toggle button', async () => {
    const user = userEvent.setup()
    render(<DevicePanel protocol="imap" device={phone} showFolders />)
    const region = screen.getByRole('region', { name: place('Phone') })
    const group = within(region).getByRole('group', { name: 'Folders on Phone' })
    expect(within(group).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(['Inbox, 1 message', 'Sent, 1 message', 'Archive, 1 message'])
    expect(folderButton(/^Inbox/).getAttribute('aria-pressed')).toBe('true')
    expect(within(region).getByRole('list', { name: 'Messages in Inbox on Phone' })).toBeTruthy()
    expect(within(region).getByRole('listitem').getAttribute('aria-label')).toMatch(/^Lunch\?/)

    folderButton(/^Archive/).focus()
    await user.keyboard('{Enter}')
    expect(folderButton(/^Archive/).getAttribute('aria-pressed')).toBe('true')
    expect(within(region).getByRole('list', { name: 'Messages in Archive on Phone' })).toBeTruthy()
    expect(within(region).getByRole('listitem').getAttribute('aria-label')).toMatch(/^Quarterly report/)
  })

  it('turns by itself to the folder the last step changed, and back to where the learner looks only by a click', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<DevicePanel protocol="imap" device={phone} showFolders changed={new Set()} />)
    rerender(<DevicePanel protocol="imap" device={phone} showFolders changed={new Set(['alice:Sent:1'])} />)
    expect(folderButton(/^Sent/).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('listitem').getAttribute('aria-label')).toMatch(/^Re: Lunch\?/)
    await user.click(folderButton(/^Inbox/))
    // The same step re-rendered (same changed set): the learner's pick holds.
    rerender(<DevicePanel protocol="imap" device={{ ...phone }} showFolders changed={new Set(['alice:Sent:1'])} />)
    expect(folderButton(/^Sent/).getAttribute('aria-pressed')).toBe('true')
    const same = new Set(['alice:Archive:1'])
    rerender(<DevicePanel protocol="imap" device={phone} showFolders changed={same} />)
    expect(folderButton(/^Archive/).getAttribute('aria-pressed')).toBe('true')
    await user.click(folderButton(/^Inbox/))
    rerender(<DevicePanel protocol="imap" device={phone} showFolders changed={same} />)
    expect(folderButton(/^Inbox/).getAttribute('aria-pressed')).toBe('true')
  })

  it("lists an offline device's Outbox: what waits, to whom, and a badge with the count", () => {
    render(<DevicePanel protocol="imap" device={tablet} showFolders changed={new Set(['alice:outbox:1'])} />)
    const outbox = folderButton(/^Outbox/)
    expect(outbox.getAttribute('aria-pressed')).toBe('true')
    expect(outbox.getAttribute('aria-label')).toBe('Outbox, 1 message waiting')
    const list = screen.getByRole('list', { name: 'Messages in the Outbox on Tablet' })
    expect(within(list).getByRole('listitem').getAttribute('aria-label')).toBe('On the train — to bob@example.org — waiting to be sent')
  })

  it('falls back to the inbox when the Outbox it showed empties', () => {
    const { rerender } = render(<DevicePanel protocol="imap" device={tablet} showFolders changed={new Set(['alice:outbox:1'])} />)
    rerender(<DevicePanel protocol="imap" device={{ ...tablet, outbox: [] }} showFolders changed={new Set()} />)
    expect(screen.queryByRole('button', { name: /^Outbox/ })).toBeNull()
    expect(folderButton(/^Inbox/).getAttribute('aria-pressed')).toBe('true')
  })

  it('gives a POP3 device its inbox and local Sent only', () => {
    render(<DevicePanel protocol="pop3" device={pop3FoldersLane.devices[0]} showFolders />)
    expect(screen.getAllByRole('button').map((button) => button.getAttribute('data-folder'))).toEqual(['INBOX', 'Sent'])
  })

  it('offers "Move to Archive" on inbox cards when the callback is given', async () => {
    const user = userEvent.setup()
    const onMove = vi.fn()
    render(<DevicePanel protocol="imap" device={phone} showFolders onMove={onMove} />)
    await user.click(screen.getByRole('button', { name: "Move 'Lunch?' on Phone to Archive" }))
    expect(onMove).toHaveBeenCalledWith('alice:1', 'Archive')
    await user.click(folderButton(/^Archive/))
    expect(screen.queryByRole('button', { name: /to Archive$/ })).toBeNull()
  })

  it('has no axe violations with folders and an Outbox', async () => {
    const { container } = render(
      <>
        <DevicePanel protocol="imap" device={phone} showFolders onMove={() => {}} />
        <DevicePanel protocol="imap" device={tablet} showFolders changed={new Set(['alice:outbox:1'])} />
      </>,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})
