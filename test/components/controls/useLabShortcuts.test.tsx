import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { shortcutFor, useLabShortcuts, type LabShortcutHandlers } from '@/components/controls/useLabShortcuts'

function Harness({ handlers }: { handlers: LabShortcutHandlers }) {
  useLabShortcuts(handlers)
  return (
    <div>
      <input aria-label="Typing field" />
      <button type="button">A button</button>
    </div>
  )
}

function handlers(): LabShortcutHandlers {
  return { previous: vi.fn(), next: vi.fn(), togglePlay: vi.fn(), reset: vi.fn(), help: vi.fn() }
}

describe('shortcutFor', () => {
  it.each([
    ['ArrowLeft', 'previous'],
    ['ArrowRight', 'next'],
    [' ', 'togglePlay'],
    ['r', 'reset'],
    ['R', 'reset'],
    ['?', 'help'],
    ['x', null],
  ])('%s → %s', (key, action) => {
    expect(shortcutFor({ key, altKey: false, ctrlKey: false, metaKey: false })).toBe(action)
  })

  it('ignores keys with a modifier', () => {
    expect(shortcutFor({ key: 'r', altKey: false, ctrlKey: true, metaKey: false })).toBeNull()
  })
})

describe('useLabShortcuts', () => {
  it('runs the handlers from the page', async () => {
    const user = userEvent.setup()
    const h = handlers()
    render(<Harness handlers={h} />)
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}r?')
    expect(h.next).toHaveBeenCalledTimes(2)
    expect(h.previous).toHaveBeenCalledTimes(1)
    expect(h.reset).toHaveBeenCalledTimes(1)
    expect(h.help).toHaveBeenCalledTimes(1)
  })

  it('does not steal keys while the learner types', async () => {
    const user = userEvent.setup()
    const h = handlers()
    render(<Harness handlers={h} />)
    await user.click(screen.getByLabelText('Typing field'))
    await user.keyboard('r{ArrowRight}')
    expect(h.reset).not.toHaveBeenCalled()
    expect(h.next).not.toHaveBeenCalled()
  })

  it('lets Space press a focused button instead of toggling play', async () => {
    const user = userEvent.setup()
    const h = handlers()
    render(<Harness handlers={h} />)
    screen.getByRole('button', { name: 'A button' }).focus()
    await user.keyboard(' ')
    expect(h.togglePlay).not.toHaveBeenCalled()
  })
})
