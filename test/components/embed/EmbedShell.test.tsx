import { act, render, screen } from '@testing-library/react'
import { useEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EmbedShell } from '@/components/embed/EmbedShell'
import type { LabEmbedProps } from '@/components/lab/labSeam'
import type { SimulationView } from '@/lib/simulator/view'

const options = { scenarioIds: ['download-and-delete', 'read-sync'] }
const fakeParent = { postMessage: vi.fn() }
const realParent = Object.getOwnPropertyDescriptor(window, 'parent')
const handled = vi.fn()

function FakeLab({ config, onViewChange, commandRef }: LabEmbedProps) {
  useEffect(() => {
    onViewChange?.({
      scenarioId: config.scenario,
      title: `Title of ${config.scenario}`,
      goal: '',
      stepIndex: Math.min(config.step, 4),
      totalSteps: 4,
      done: false,
      narration: {},
      question: null,
      lanes: {},
      granularity: 'step',
      freePlay: false,
      tick: 0,
      ticksInStep: 1,
    } as SimulationView)
    if (commandRef) commandRef.current = handled
  }, [config, onViewChange, commandRef])
  return <p>lab {config.scenario}</p>
}

beforeEach(() => {
  handled.mockReset()
  fakeParent.postMessage.mockReset()
  Object.defineProperty(window, 'parent', { value: fakeParent, configurable: true })
})
afterEach(() => {
  if (realParent) Object.defineProperty(window, 'parent', realParent)
  window.history.replaceState(null, '', '/')
})

function send(data: unknown) {
  const event = new MessageEvent('message', { data, origin: window.location.origin })
  Object.defineProperty(event, 'source', { value: fakeParent })
  act(() => {
    window.dispatchEvent(event)
  })
}

describe('EmbedShell', () => {
  it('configures the lab from the URL, reports it, and clamps goto to the end', () => {
    window.history.replaceState(null, '', '/embed?scenario=read-sync&step=9&theme=dark&speed=fast')
    render(<EmbedShell asMain options={options} route="/embed" renderLab={(props) => <FakeLab {...props} />} />)
    expect(screen.getByText('lab read-sync')).toBeTruthy()
    expect(screen.getByRole('main', { name: 'Mail Protocol Lab: Title of read-sync' })).toBeTruthy()
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark')
    const notice = screen.getByRole('status')
    expect(notice.textContent).toContain('speed')
    expect(notice.textContent).toContain('This scenario has 4 steps.')

    const types = fakeParent.postMessage.mock.calls.map(([message]) => (message as { type: string }).type)
    expect(types.slice(0, 2)).toEqual(['ready', 'step'])
    expect(fakeParent.postMessage.mock.calls[0]![0]).toMatchObject({ scenario: 'read-sync', totalSteps: 4 })

    send({ target: 'mail-protocol-lab', command: 'goto', index: 99 })
    send({ target: 'mail-protocol-lab', command: 'next' })
    expect(handled.mock.calls).toEqual([[{ command: 'goto', index: 4 }], [{ command: 'next' }]])
    document.documentElement.removeAttribute('data-theme')
  })
})
