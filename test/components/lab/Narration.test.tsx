import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LabLanes } from '@/components/lab/LabLanes'
import { LaneSwitcher } from '@/components/lanes/LaneSwitcher'
import { Narration } from '@/components/lab/Narration'
import { simulationView } from '@/test/fixtures/views'
import { axeViolations } from './axe'

/** Matches an element whose own text (glossary terms included) is exactly this narration. */
const whole = (text: string) => (_: string, element: Element | null) => element?.tagName === 'P' && element.textContent?.endsWith(text) === true

describe('Narration', () => {
  it('shows the narration per protocol and announces the outcome politely', () => {
    const { container, rerender } = render(<Narration narration={simulationView.narration} announcement="Laptop now shows 'Lunch?' as read" />)
    expect(screen.getByText(whole(simulationView.narration.pop3!))).toBeTruthy()
    expect(screen.getByText(whole(simulationView.narration.imap!))).toBeTruthy()
    const live = container.querySelector('p[aria-live="polite"]')
    expect(live?.textContent).toBe("Laptop now shows 'Lunch?' as read")
    rerender(<Narration narration={simulationView.narration} announcement="Next outcome" />)
    expect(container.querySelector('p[aria-live="polite"]')?.textContent).toBe('Next outcome')
  })

  it('shows only the protocols asked for', () => {
    render(<Narration narration={simulationView.narration} announcement="" protocols={['imap']} />)
    expect(screen.queryByText(whole(simulationView.narration.pop3!))).toBeNull()
  })

  it('marks glossary terms, which open their definition by keyboard', async () => {
    const user = userEvent.setup()
    const { container } = render(<Narration narration={{ pop3: 'The phone leaves a copy on the server.' }} announcement="" />)
    const term = screen.getByRole('button', { name: 'leaves a copy' })
    expect(term.getAttribute('aria-expanded')).toBe('false')
    term.focus()
    await user.keyboard('{Enter}')
    expect(term.getAttribute('aria-expanded')).toBe('true')
    const note = document.getElementById(term.getAttribute('aria-controls')!)
    expect(note?.textContent).toMatch(/do not send DELE/)
    expect(container.textContent).toMatch(/Leave a copy on server: A POP3 client setting/)
    await user.keyboard('{Escape}')
    expect(term.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(term)
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
