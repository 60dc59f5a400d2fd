import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { EmbedBridge } from '@/components/embed/EmbedBridge'
import type { LabEmbedProps } from '@/components/lab/labSeam'
import { LabContainer } from '@/components/lab/LabContainer'
import { labFirstPaint } from '@/components/lab/labFirstPaint'
import { WELCOME_STORAGE_KEY } from '@/components/lab/welcomeStorage'
import type { SimulationView } from '@/lib/simulator/view'

const fakeParent = { postMessage: vi.fn() }
const realParent = Object.getOwnPropertyDescriptor(window, 'parent')
const handled = vi.fn()

// The interactive lab is loaded lazily by the shell; here a fake stands in for it.
vi.mock('@/components/lab/LabApp', () => ({
  LabApp: function FakeLab({ config, onViewChange, onAnswer, commandRef, overlay }: LabEmbedProps & { overlay?: React.ReactNode }) {
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
    return (
      <div>
        {overlay}
        <p>lab {config.scenario}</p>
        <button type="button" onClick={() => onAnswer?.('q1', false, true)}>
          Just show me
        </button>
      </div>
    )
  },
}))

const first = labFirstPaint()

beforeEach(() => {
  handled.mockReset()
  fakeParent.postMessage.mockReset()
  window.localStorage.clear()
})
afterEach(() => {
  if (realParent) Object.defineProperty(window, 'parent', realParent)
  window.history.replaceState(null, '', '/')
  document.documentElement.removeAttribute('data-theme')
})

function send(data: unknown) {
  const event = new MessageEvent('message', { data, origin: window.location.origin })
  Object.defineProperty(event, 'source', { value: fakeParent })
  act(() => {
    window.dispatchEvent(event)
  })
}

describe('LabContainer on /embed (the bridge on)', { timeout: 30_000 }, () => {
  it('configures the lab from the URL, reports it, passes goto on for the machine to clamp, and reports a skipped question', async () => {
    Object.defineProperty(window, 'parent', { value: fakeParent, configurable: true })
    window.history.replaceState(null, '', '/embed?scenario=read-sync&step=9&theme=dark&speed=fast')
    render(<LabContainer first={first} route="/embed" bridge={EmbedBridge} />)
    await screen.findByText('lab read-sync', {}, { timeout: 15_000 })
    await screen.findByRole('main', { name: 'Mail Protocol Lab: Title of read-sync' })
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark')
    const notice = screen.getByRole('status')
    expect(notice.textContent).toContain('speed')
    expect(notice.textContent).toContain('This scenario has 4 steps.')
    // No site chrome in the embed: no links, no About, no Colours.
    expect(screen.queryByRole('navigation', { name: 'Site' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'About' })).toBeNull()

    // The bridge posts from an effect after the lab renders: wait for it, as a host would.
    await waitFor(() => {
      const types = fakeParent.postMessage.mock.calls.map(([message]) => (message as { type: string }).type)
      expect(types.slice(0, 2)).toEqual(['ready', 'step'])
    })
    expect(fakeParent.postMessage.mock.calls[0]![0]).toMatchObject({ scenario: 'read-sync', totalSteps: 4 })

    send({ target: 'mail-protocol-lab', command: 'goto', index: 99 })
    send({ target: 'mail-protocol-lab', command: 'next' })
    // The machine clamps goto to the end (test/lib/simulator/simulationMachine.test.ts).
    expect(handled.mock.calls).toEqual([[{ command: 'goto', index: 99 }], [{ command: 'next' }]])

    fireEvent.click(screen.getByRole('button', { name: 'Just show me' }))
    expect(fakeParent.postMessage.mock.calls.map(([message]) => message).pop()).toMatchObject({ type: 'answer', questionId: 'q1', correct: false, skipped: true })
  })
})

describe('LabContainer on / (the site)', { timeout: 30_000 }, () => {
  it('keeps the shell until the learner acts, then hands what they did to the lab, in order', async () => {
    render(<LabContainer first={first} route="/" site />)
    // Step 0 of the default scenario: the shell stays (the lab loads on the first touch or key, or when idle).
    const question = first.view.question
    expect(question).not.toBeNull()
    const choice = screen.getByRole('button', { name: question?.choices[0] })
    expect(screen.queryByText(`lab ${first.view.scenarioId}`)).toBeNull()
    expect(screen.getByRole('button', { name: 'Next step' }).hasAttribute('disabled')).toBe(true)
    fireEvent.pointerDown(choice)
    fireEvent.click(choice)
    // Answered in the shell: Next is live at once, and its key is taken too.
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }))
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '2' } })
    await screen.findByText(`lab ${first.view.scenarioId}`, {}, { timeout: 15_000 })
    await waitFor(() => expect(handled).toHaveBeenCalledTimes(3))
    expect(handled.mock.calls.map(([intent]) => intent)).toEqual([
      { command: 'answer', choiceIndex: 0 },
      { command: 'next' },
      { command: 'speed', speed: 2 },
    ])
  })

  it('keeps keyboard focus on the same control when the lab replaces the shell', async () => {
    render(<LabContainer first={first} route="/" site />)
    const shellSkip = screen.getByRole('button', { name: 'Just show me' })
    act(() => shellSkip.focus())
    await screen.findByText(`lab ${first.view.scenarioId}`, {}, { timeout: 15_000 })
    expect(shellSkip.isConnected).toBe(false)
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Just show me' })))
  })

  it('has the compact header bar: title, picker, About, Share, Colours and the site links', async () => {
    render(<LabContainer first={first} route="/" site />)
    await screen.findByText(/^lab /, {}, { timeout: 15_000 })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mail Protocol Lab')
    expect(screen.getByRole('navigation', { name: 'Site' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Share' })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Colours' })).toBeTruthy()
    expect(screen.getByText(/Choose a scenario/)).toBeTruthy()
  })

  it('welcomes a first visit, remembers the dismissal, and reopens from About', async () => {
    render(<LabContainer first={first} route="/" site />)
    await screen.findByText(/^lab /, {}, { timeout: 15_000 })
    expect(screen.getByRole('region', { name: 'Welcome to the Mail Protocol Lab' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Start the lab' }))
    expect(screen.queryByRole('region', { name: 'Welcome to the Mail Protocol Lab' })).toBeNull()
    expect(window.localStorage.getItem(WELCOME_STORAGE_KEY)).toBe('seen')
    fireEvent.click(screen.getByRole('button', { name: 'About' }))
    expect(screen.getByRole('region', { name: 'Welcome to the Mail Protocol Lab' })).toBeTruthy()
    expect(document.activeElement?.textContent).toBe('Start the lab')
    fireEvent.click(screen.getByRole('button', { name: 'Start the lab' }))
  })

  it('discards a corrupted saved welcome value with a notice', async () => {
    window.localStorage.setItem(WELCOME_STORAGE_KEY, '{broken')
    render(<LabContainer first={first} route="/" site />)
    await screen.findByText(/^lab /, {}, { timeout: 15_000 })
    expect(screen.getByText(/saved welcome setting could not be read/)).toBeTruthy()
    expect(window.localStorage.getItem(WELCOME_STORAGE_KEY)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Start the lab' }))
    expect(window.localStorage.getItem(WELCOME_STORAGE_KEY)).toBe('seen')
  })

  it('restarts with the picked scenario at step 0', async () => {
    window.history.replaceState(null, '', '/?scenario=read-sync&step=2')
    render(<LabContainer first={first} route="/" site />)
    await screen.findByText('lab read-sync', {}, { timeout: 15_000 })
    fireEvent.click(screen.getByRole('button', { name: /^Where the bytes go/ }))
    expect(screen.getByText('lab storage')).toBeTruthy()
  })
})
