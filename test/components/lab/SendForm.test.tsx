import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FreePlayPanel } from '@/components/lab/FreePlayPanel'
import { DEFAULT_RECIPIENT, SendForm, sendProblem } from '@/components/lab/SendForm'
import { axeViolations } from './axe'

describe('SendForm', { timeout: 20_000 }, () => {
  it('sends from the chosen device with the typed recipient and subject, from the keyboard', async () => {
    const user = userEvent.setup()
    const onSend = vi.fn()
    render(<SendForm devices={['phone', 'laptop']} onSend={onSend} />)
    expect(screen.getByRole('form', { name: 'Write and send a message' })).toBeTruthy()
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), 'laptop')
    const subject = screen.getByRole('textbox', { name: 'Subject' })
    await user.clear(subject)
    await user.type(subject, 'Dinner?{Enter}')
    expect(onSend).toHaveBeenCalledWith({ device: 'laptop', to: DEFAULT_RECIPIENT, subject: 'Dinner?' })
    expect((subject as HTMLInputElement).value).toBe('Hello 2')
  })

  it('says what is missing instead of sending nothing', async () => {
    const user = userEvent.setup()
    const onSend = vi.fn()
    render(<SendForm devices={['phone']} onSend={onSend} />)
    const to = screen.getByRole('textbox', { name: 'To' })
    await user.clear(to)
    await user.type(to, 'carol')
    await user.click(screen.getByRole('button', { name: 'Send from Phone' }))
    expect(onSend).not.toHaveBeenCalled()
    expect(screen.getByRole('status').textContent).toBe('Write an address like carol@example.net in "To".')
    expect(to.getAttribute('aria-invalid')).toBe('true')
    expect(sendProblem('a@b.org', '  ')).toBe('Write a subject.')
    expect(sendProblem('a@b.org', 'Hi')).toBeNull()
  })

  it('is offered in free play with "Wait 5 minutes", and has no axe violations', async () => {
    const user = userEvent.setup()
    const onWait = vi.fn()
    const onSend = vi.fn()
    const { container } = render(
      <FreePlayPanel devices={['phone']} addable={[]} onCheckMail={() => {}} onAddDevice={() => {}} onSend={onSend} onWait={onWait} waitMinutes={5} />,
    )
    await user.click(screen.getByRole('button', { name: 'Wait 5 minutes' }))
    expect(onWait).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('button', { name: 'Send from Phone' })).toBeTruthy()
    expect(await axeViolations(container)).toEqual([])
  })

  it('offers neither without their callbacks or a device', () => {
    render(<FreePlayPanel devices={[]} addable={['tablet']} onCheckMail={() => {}} onAddDevice={() => {}} onSend={() => {}} />)
    expect(screen.queryByRole('button', { name: /^Wait/ })).toBeNull()
    expect(screen.queryByRole('form')).toBeNull()
  })
})
