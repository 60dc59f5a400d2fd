import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StepControls, type StepControlsProps } from '@/components/controls/StepControls'

function setup(overrides: Partial<StepControlsProps> = {}) {
  const props: StepControlsProps = {
    canPrevious: true,
    canNext: true,
    canReset: true,
    playing: false,
    onPrevious: vi.fn(),
    onNext: vi.fn(),
    onPlayPause: vi.fn(),
    onReset: vi.fn(),
    speed: 1,
    onSpeedChange: vi.fn(),
    granularity: 'step',
    onGranularityChange: vi.fn(),
    position: 'Step 1 of 4',
    ...overrides,
  }
  render(<StepControls {...props} />)
  return props
}

describe('StepControls', () => {
  it('names its buttons as the accessibility contract says', () => {
    setup()
    for (const name of ['Previous step', 'Next step', 'Play', 'Reset']) {
      expect(screen.getByRole('button', { name })).toBeTruthy()
    }
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull()
  })

  it('says Pause while playing', () => {
    setup({ playing: true })
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy()
  })

  it('disables what the machine cannot do', () => {
    setup({ canPrevious: false, canNext: false, canReset: false })
    expect((screen.getByRole('button', { name: 'Previous step' }) as HTMLButtonElement).disabled).toBe(true)
    expect((screen.getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled).toBe(true)
    expect((screen.getByRole('button', { name: 'Reset' }) as HTMLButtonElement).disabled).toBe(true)
    // Nothing left to play either.
    expect((screen.getByRole('button', { name: 'Play' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('calls back when pressed by keyboard', async () => {
    const user = userEvent.setup()
    const props = setup()
    screen.getByRole('button', { name: 'Next step' }).focus()
    await user.keyboard('{Enter}')
    expect(props.onNext).toHaveBeenCalledTimes(1)
    await user.tab()
    await user.keyboard(' ')
    expect(props.onReset).toHaveBeenCalledTimes(1)
  })

  it('changes speed and step size', async () => {
    const user = userEvent.setup()
    const props = setup()
    await user.selectOptions(screen.getByLabelText('Speed'), '2')
    expect(props.onSpeedChange).toHaveBeenCalledWith(2)
    await user.click(screen.getByLabelText('Each command'))
    expect(props.onGranularityChange).toHaveBeenCalledWith('exchange')
  })

  it('hides speed and step size when minimal', () => {
    setup({ variant: 'minimal' })
    expect(screen.queryByLabelText('Speed')).toBeNull()
  })
})
