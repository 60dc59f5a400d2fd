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

/** The learner moves the mouse over the page: the lab loads. */
function startUsing() {
  act(() => {
    window.dispatchEvent(new Event('pointermove'))
  })
}

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

describe('LabContainer on /embed at step 0 of the default scenario', { timeout: 30_000 }, () => {
  it('tells the host of step 0 from the prerender, and loads the lab on its first command', async () => {
    Object.defineProperty(window, 'parent', { value: fakeParent, configurable: true })
    window.history.replaceState(null, '', '/embed')
    render(<LabContainer first={first} route="/embed" bridge={EmbedBridge} />)
    await waitFor(() => expect(fakeParent.postMessage).toHaveBeenCalledTimes(2))
    expect(fakeParent.postMessage.mock.calls.map(([message]) => message)).toMatchObject([
      { type: 'ready', scenario: first.view.scenarioId, totalSteps: first.view.totalSteps },
      { type: 'step', index: 0 },
    ])
    expect(screen.queryByText(/^lab /)).toBeNull()
    send({ target: 'mail-protocol-lab', command: 'next' })
    await screen.findByText(`lab ${first.view.scenarioId}`, {}, { timeout: 15_000 })
    await waitFor(() => expect(handled.mock.calls).toEqual([[{ command: 'next' }]]))
    // The lab's own step 0 repeats nothing the host has heard.
    expect(fakeParent.postMessage.mock.calls.filter(([message]) => (message as { type: string }).type === 'ready')).toHaveLength(1)
  })

  it('loads the lab at once for fewer lanes (their run differs from the prerender), so ready is not held back', async () => {
    Object.defineProperty(window, 'parent', { value: fakeParent, configurable: true })
    window.history.replaceState(null, '', '/embed?protocols=imap')
    render(<LabContainer first={first} route="/embed" bridge={EmbedBridge} />)
    await screen.findByText(`lab ${first.view.scenarioId}`, {}, { timeout: 15_000 })
    await waitFor(() => expect(fakeParent.postMessage.mock.calls[0]?.[0]).toMatchObject({ type: 'ready', totalSteps: 4 }))
  })
})

describe('LabContainer on / (the site)', { timeout: 30_000 }, () => {
  it('does not load the lab while nobody uses the page, however long it stays open', async () => {
    vi.useFakeTimers()
    try {
      render(<LabContainer first={first} route="/" site />)
      act(() => {
        window.dispatchEvent(new Event('load'))
        vi.advanceTimersByTime(60_000)
      })
    } finally {
      vi.useRealTimers()
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByText(/^lab /)).toBeNull()
    // Scrolling is reading, not using.
    act(() => {
      window.dispatchEvent(new Event('scroll'))
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByText(/^lab /)).toBeNull()
    startUsing()
    await screen.findByText(`lab ${first.view.scenarioId}`, {}, { timeout: 15_000 })
  })

  it('keeps the shell until the learner acts, then hands what they did to the lab, in order', async () => {
    render(<LabContainer first={first} route="/" site />)
    // Step 0 of the default scenario: the shell stays (the lab loads on the first touch, pointer move, key or focus).
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
    // What the learner did waits for the lab: the shell says so, on screen and to screen readers.
    expect(screen.getByText(/^Step 0 of \d+ · loading…$/)).toBeTruthy()
    expect(screen.getByText('Loading the interactive lab…')).toBeTruthy()
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
    startUsing()
    await screen.findByText(/^lab /, {}, { timeout: 15_000 })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mail Protocol Lab')
    expect(screen.getByRole('navigation', { name: 'Site' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Share' })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Colours' })).toBeTruthy()
    expect(screen.getByText(/Choose a scenario/)).toBeTruthy()
  })

  it('welcomes a first visit, remembers the dismissal, and reopens from About', async () => {
    render(<LabContainer first={first} route="/" site />)
    startUsing()
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
    startUsing()
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
