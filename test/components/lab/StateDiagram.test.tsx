import { render, screen, within } from '@testing-library/react'
import { StateDiagram } from '@/components/lab/StateDiagram'
import { imapStates, imapSteps, pop3States, pop3Steps } from '@/test/fixtures/views'
import { axeViolations } from './axe'

describe('StateDiagram', () => {
  it('lists the workflow steps and protocol states from props, lighting the current ones', () => {
    render(
      <StateDiagram protocol="pop3" deviceLabel="Phone" steps={pop3Steps} currentStep="deleting" states={pop3States} currentState="TRANSACTION" />,
    )
    const group = screen.getByRole('group', { name: "Phone's POP3 client" })
    const steps = within(group).getByRole('list', { name: 'Workflow steps' })
    const items = within(steps).getAllByRole('listitem')
    expect(items.map((item) => item.textContent?.replace(' (current)', ''))).toEqual(pop3Steps.map((step) => step.label))
    const lit = items.filter((item) => item.getAttribute('aria-current') === 'step')
    expect(lit).toHaveLength(1)
    expect(lit[0].textContent).toContain('Delete from server')

    const states = within(group).getByRole('list', { name: 'POP3 protocol states' })
    const current = within(states)
      .getAllByRole('listitem')
      .filter((item) => item.getAttribute('aria-current') === 'step')
    expect(current.map((item) => item.textContent)).toEqual(['TRANSACTION (current)'])
  })

  it('follows new props and lights nothing when not connected', () => {
    const { rerender } = render(<StateDiagram protocol="imap" steps={imapSteps} currentStep="obtaining" states={imapStates} currentState="selected" />)
    expect(screen.getByRole('group', { name: 'IMAP client' })).toBeTruthy()
    rerender(<StateDiagram protocol="imap" steps={imapSteps} currentStep={null} states={imapStates} currentState={null} />)
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(0)
    expect(screen.getByText(/not connected/)).toBeTruthy()
  })

  it('draws whatever steps it is given', () => {
    render(<StateDiagram protocol="imap" steps={[{ id: 'a', label: 'Alpha' }, { id: 'b', label: 'Beta' }]} currentStep="b" states={['X']} currentState="X" />)
    expect(screen.getByRole('list', { name: 'Workflow steps' }).querySelector('[aria-current="step"]')?.textContent).toBe('Beta (current)')
  })

  it('has no axe violations', async () => {
    const { container } = render(<StateDiagram protocol="imap" steps={imapSteps} currentStep="obtaining" states={imapStates} currentState="selected" />)
    expect(await axeViolations(container)).toEqual([])
  })
})
