import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DevicePanel } from '@/components/lanes/DevicePanel'
import { place } from '../lab/axe'
import { imapLane, pop3Lane } from '@/test/fixtures/views'

const phone = imapLane.devices[0]
const tablet = imapLane.devices[2]

describe('DevicePanel', () => {
  it('is a region named after the device, with its inbox, state, storage and settings', () => {
    render(<DevicePanel protocol="imap" device={imapLane.devices[1]} />)
    const region = screen.getByRole('region', { name: place('Laptop') })
    expect(within(region).getAllByRole('listitem')).toHaveLength(3)
    expect(within(region).getByText('Online')).toBeTruthy()
    expect(within(region).getByText('headers only', { selector: 'dd' })).toBeTruthy()
    expect(within(region).getByText('logout')).toBeTruthy()
    expect(within(region).getByRole('meter', { name: 'Laptop storage' })).toBeTruthy()
  })

  it('greys out an offline device and says so in text', () => {
    render(<DevicePanel protocol="imap" device={tablet} />)
    const region = screen.getByRole('region', { name: place('Tablet') })
    expect(within(region).getByText('Offline')).toBeTruthy()
    expect(region.className).toContain('grayscale')
    expect(region.dataset.online).toBe('false')
  })

  it('renders no free-play buttons without callbacks', () => {
    render(<DevicePanel protocol="imap" device={phone} />)
    expect(screen.queryAllByRole('button')).toHaveLength(0)
    expect(screen.queryByRole('checkbox')).toBeNull()
  })

  it('calls the free-play callbacks from the keyboard, with clear names', async () => {
    const user = userEvent.setup()
    const onRead = vi.fn()
    const onDelete = vi.fn()
    const onFlag = vi.fn()
    const onToggleOnline = vi.fn()
    const onLose = vi.fn()
    render(<DevicePanel protocol="imap" device={phone} {...{ onRead, onDelete, onFlag, onToggleOnline, onLose }} />)

    screen.getByRole('button', { name: "Read 'Quarterly report' on Phone" }).focus()
    await user.keyboard('{Enter}')
    expect(onRead).toHaveBeenCalledWith('alice/INBOX/2')

    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: "Flag 'Quarterly report' on Phone" }))
    await user.keyboard(' ')
    expect(onFlag).toHaveBeenCalledWith('alice/INBOX/2')

    await user.tab()
    await user.keyboard('{Enter}')
    expect(onDelete).toHaveBeenCalledWith('alice/INBOX/2')

    expect(screen.getByRole('button', { name: "Unflag 'Photos from the trip' on Phone" })).toBeTruthy()
    screen.getByRole('button', { name: 'Take Phone offline' }).focus()
    await user.keyboard('{Enter}')
    expect(onToggleOnline).toHaveBeenCalledTimes(1)
    await user.tab()
    await user.keyboard(' ')
    expect(onLose).toHaveBeenCalledTimes(1)
  })

  it('offers no read or delete for a deleted message, and "Bring … online" when offline', () => {
    render(<DevicePanel protocol="imap" device={tablet} onRead={() => {}} onDelete={() => {}} onToggleOnline={() => {}} />)
    expect(screen.getByRole('button', { name: "Read 'Lunch?' on Tablet" })).toBeTruthy()
    expect(screen.queryByRole('button', { name: "Read 'Quarterly report' on Tablet" })).toBeNull()
    expect(screen.getByRole('button', { name: 'Bring Tablet online' })).toBeTruthy()
  })

  it('toggles POP3 "leave a copy" with a labelled checkbox', async () => {
    const user = userEvent.setup()
    const onToggleLeaveCopy = vi.fn()
    render(<DevicePanel protocol="pop3" device={pop3Lane.devices[0]} onToggleLeaveCopy={onToggleLeaveCopy} />)
    const box = screen.getByRole('checkbox', { name: 'Leave a copy on the server' }) as HTMLInputElement
    expect(box.checked).toBe(false)
    box.focus()
    await user.keyboard(' ')
    expect(onToggleLeaveCopy).toHaveBeenCalledTimes(1)
  })

  it('hides "leave a copy" for an IMAP account', () => {
    render(<DevicePanel protocol="imap" device={phone} onToggleLeaveCopy={() => {}} />)
    expect(screen.queryByRole('checkbox')).toBeNull()
  })
})
