import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LabLanes } from '@/components/lab/LabLanes'
import { LaneSwitcher } from '@/components/lanes/LaneSwitcher'
import { Narration } from '@/components/lab/Narration'
import { simulationView } from '@/test/fixtures/views'
import { axeViolations } from './axe'

describe('Narration', () => {
  it('shows the narration per protocol and announces the outcome politely', () => {
    const { container, rerender } = render(<Narration narration={simulationView.narration} announcement="Laptop now shows 'Lunch?' as read" />)
    expect(screen.getByText(simulationView.narration.pop3!)).toBeTruthy()
    expect(screen.getByText(simulationView.narration.imap!)).toBeTruthy()
    const live = container.querySelector('[aria-live="polite"]')
    expect(live?.textContent).toBe("Laptop now shows 'Lunch?' as read")
    rerender(<Narration narration={simulationView.narration} announcement="Next outcome" />)
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe('Next outcome')
  })

  it('shows only the protocols asked for', () => {
    render(<Narration narration={simulationView.narration} announcement="" protocols={['imap']} />)
    expect(screen.queryByText(simulationView.narration.pop3!)).toBeNull()
  })
})

describe('LaneSwitcher and LabLanes', () => {
  it('switches lanes with toggle buttons that report aria-pressed', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    render(<LaneSwitcher protocols={['pop3', 'imap']} selected="pop3" onSelect={onSelect} />)
    const group = screen.getByRole('group', { name: 'Show lane' })
    expect(group).toBeTruthy()
    expect(screen.getByRole('button', { name: 'POP3' }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('button', { name: 'IMAP' }).getAttribute('aria-pressed')).toBe('false')
    await user.tab()
    await user.tab()
    await user.keyboard('{Enter}')
    expect(onSelect).toHaveBeenCalledWith('imap')
  })

  it('hides the unselected lane only off the stage (phones), and moves the selection', async () => {
    const user = userEvent.setup()
    const { container } = render(<LabLanes lanes={{ pop3: <p>POP3 lane</p>, imap: <p>IMAP lane</p> }} />)
    const pop3 = container.querySelector('#lab-lane-pop3')!
    const imap = container.querySelector('#lab-lane-imap')!
    expect(pop3.className).not.toContain('sheet:hidden')
    expect(imap.className).toContain('sheet:hidden')
    await user.click(screen.getByRole('button', { name: 'IMAP' }))
    expect(pop3.className).toContain('sheet:hidden')
    expect(imap.className).not.toContain('sheet:hidden')
    expect(screen.getByRole('button', { name: 'IMAP' }).getAttribute('aria-controls')).toBe('lab-lane-imap')
    expect(await axeViolations(container)).toEqual([])
  })
})
