import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { createRef } from 'react'
import { vi } from 'vitest'
import { defaultLabConfig, type LabConfig } from '@/lib/labConfig/labParams'
import type { LabIntentHandler } from '@/components/lab/labSeam'
import { LabApp } from '@/components/lab/LabApp'
import type { SimulationView } from '@/lib/simulator/view'
import { place } from './axe'
import { testCatalog } from './catalog'

function config(overrides: Partial<LabConfig> = {}): LabConfig {
  return { ...defaultLabConfig({ scenarioIds: testCatalog.map((s) => s.id) }), ...overrides }
}

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next step' }))
const phoneMessages = (lane: string) =>
  within(within(screen.getByRole('region', { name: lane })).getByRole('region', { name: place('Phone') })).queryAllByRole('listitem')

describe('LabApp', { timeout: 30_000 }, () => {
  it('renders step 0: both lanes with the server and devices, title, goal and controls', () => {
    render(<LabApp catalog={testCatalog} config={config()} />)
    expect(screen.getByRole('heading', { name: 'Test: check mail twice' })).toBeTruthy()
    expect(screen.getAllByText('See where the mail goes.').length).toBeGreaterThan(0)
    for (const lane of ['POP3', 'IMAP']) {
      const region = screen.getByRole('region', { name: lane })
      for (const name of ['Mail server', 'Phone', 'Laptop']) expect(within(region).getByRole('region', { name: place(name) })).toBeTruthy()
    }
    expect(screen.getByText('Step 0 of 2')).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Previous step' }) as HTMLButtonElement).disabled).toBe(true)
    expect((screen.getByRole('button', { name: 'Reset' }) as HTMLButtonElement).disabled).toBe(true)
    expect((screen.getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled).toBe(false)
  })

  it('steps forward and back, announcing what each place now shows', () => {
    const views: SimulationView[] = []
    render(<LabApp catalog={testCatalog} config={config()} onViewChange={(view) => views.push(view)} />)
    for (let i = 0; i < 6 && phoneMessages('POP3').length === 0; i++) next()
    expect(phoneMessages('POP3').map((item) => item.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Lunch\? .*unread/),
      expect.stringMatching(/^Minutes .*unread/),
    ])
    expect(document.querySelector('[aria-live="polite"].sr-only')?.textContent).toMatch(/Phone now shows 'Lunch\?' as unread/)
    fireEvent.click(screen.getByRole('button', { name: 'Previous step' }))
    expect(phoneMessages('POP3')).toHaveLength(0)
    expect(views.length).toBeGreaterThan(3)
  })

  it('asks the prediction question before its step and enables Next only after an answer', () => {
    const onAnswer = vi.fn()
    render(<LabApp catalog={testCatalog} config={config()} onAnswer={onAnswer} />)
    for (let i = 0; i < 20 && !screen.queryByText(/Predict:/); i++) next()
    expect(screen.getByRole('heading', { name: 'Predict: What will the laptop find?' })).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Nothing under POP3' }))
    expect(onAnswer).toHaveBeenCalledWith('q1', true, false)
    expect(screen.getByText(/POP3 deleted it\./)).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled).toBe(false)
  })

  it('switches the step size: each command takes more presses than a workflow step', () => {
    render(<LabApp catalog={testCatalog} config={config()} />)
    next()
    const parts = () => Number(/part \d+ of (\d+)/.exec(screen.getByText(/^Step 1 of 2/).textContent ?? '')?.[1])
    const byStep = parts()
    fireEvent.click(screen.getByRole('radio', { name: 'Each command' }))
    expect(parts()).toBeGreaterThan(byStep)
    fireEvent.click(screen.getByRole('radio', { name: 'Workflow step' }))
    expect(parts()).toBe(byStep)
  })

  it('shows the comparison table at the end', () => {
    render(<LabApp catalog={testCatalog} config={config({ step: 2 })} />)
    expect(screen.getByRole('table', { name: 'Where the mail ended up' })).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled).toBe(true)
    expect((screen.getByRole('button', { name: 'Play' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('carries out host commands through commandRef', () => {
    const commandRef = createRef<LabIntentHandler | null>() as React.RefObject<LabIntentHandler | null>
    render(<LabApp catalog={testCatalog} config={config()} commandRef={commandRef} />)
    act(() => commandRef.current?.({ command: 'goto', index: 1 }))
    expect(screen.getByText(/^Step 1 of 2/)).toBeTruthy()
    act(() => commandRef.current?.({ command: 'reset' }))
    expect(screen.getByText('Step 0 of 2')).toBeTruthy()
  })

  it('skips a waiting question with "Just show me", reporting it as skipped', () => {
    const onAnswer = vi.fn()
    render(<LabApp catalog={testCatalog} config={config()} onAnswer={onAnswer} />)
    for (let i = 0; i < 20 && !screen.queryByRole('group', { name: /^Predict:/ }); i++) next()
    fireEvent.click(screen.getByRole('button', { name: 'Just show me' }))
    expect(onAnswer).toHaveBeenCalledWith('q1', false, true)
    expect(screen.queryByRole('button', { name: 'Just show me' })).toBeNull()
  })

  it('skips a waiting question on a host "next" command the same way', () => {
    const onAnswer = vi.fn()
    const commandRef = createRef<LabIntentHandler | null>() as React.RefObject<LabIntentHandler | null>
    render(<LabApp catalog={testCatalog} config={config()} onAnswer={onAnswer} commandRef={commandRef} />)
    for (let i = 0; i < 20 && !screen.queryByRole('group', { name: /^Predict:/ }); i++) next()
    const before = screen.getByText(/^Step \d+ of 2/).textContent
    act(() => commandRef.current?.({ command: 'next' }))
    expect(onAnswer).toHaveBeenCalledWith('q1', false, true)
    expect(screen.getByText(/^Step \d+ of 2/).textContent).not.toBe(before)
  })

  it('offers free play at the end of a free-play scenario, and actions change the devices', () => {
    render(<LabApp catalog={testCatalog} config={config({ scenario: 'test-free', step: 1 })} />)
    const pop3 = screen.getByRole('region', { name: 'POP3' })
    const readButton = within(pop3).getByRole('button', { name: "Read 'Lunch?' on Phone" })
    fireEvent.click(readButton)
    for (let i = 0; i < 10 && (screen.getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled === false; i++) next()
    expect(phoneMessages('POP3')[0].getAttribute('aria-label')).toMatch(/^Lunch\? .*— read/)
    fireEvent.click(screen.getByRole('button', { name: 'Add Tablet' }))
    for (let i = 0; i < 10 && (screen.getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled === false; i++) next()
    expect(within(screen.getByRole('region', { name: 'IMAP' })).getByRole('region', { name: place('Tablet') })).toBeTruthy()
  })
})
