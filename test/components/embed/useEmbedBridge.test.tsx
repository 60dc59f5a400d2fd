import { act, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LabCommand } from '@/lib/embed/embedBridge'
import { useEmbedBridge, type EmbedBridgeOptions } from '@/components/embed/useEmbedBridge'

type View = NonNullable<EmbedBridgeOptions['view']>
const view = (stepIndex: number, extra: Partial<View> = {}): View => ({
  scenarioId: 'read-sync',
  stepIndex,
  totalSteps: 3,
  tick: 0,
  ticksInStep: 1,
  done: stepIndex === 3,
  lanes: {},
  ...extra,
})

function Harness(props: EmbedBridgeOptions & { onBridge?: (bridge: ReturnType<typeof useEmbedBridge>) => void }) {
  const bridge = useEmbedBridge(props)
  props.onBridge?.(bridge)
  return <div data-testid="root" />
}

const fakeParent = { postMessage: vi.fn() }
const realParent = Object.getOwnPropertyDescriptor(window, 'parent')

beforeEach(() => {
  fakeParent.postMessage.mockReset()
  Object.defineProperty(window, 'parent', { value: fakeParent, configurable: true })
})
afterEach(() => {
  if (realParent) Object.defineProperty(window, 'parent', realParent)
})

const sent = () => fakeParent.postMessage.mock.calls.map(([message]) => message as { type: string; index?: number })

function command(data: unknown, source: unknown = fakeParent, origin = 'https://host.example') {
  const event = new MessageEvent('message', { data, origin })
  Object.defineProperty(event, 'source', { value: source })
  act(() => {
    window.dispatchEvent(event)
  })
}

describe('useEmbedBridge', () => {
  it('sends ready and step, then step on moves and complete at the end', () => {
    const onCommand = vi.fn()
    const { rerender } = render(<Harness view={view(0)} parentOrigins={null} onCommand={onCommand} />)
    expect(sent().map((m) => m.type)).toEqual(['ready', 'step'])
    rerender(<Harness view={view(1)} parentOrigins={null} onCommand={onCommand} />)
    rerender(<Harness view={view(1)} parentOrigins={null} onCommand={onCommand} />)
    rerender(<Harness view={view(3)} parentOrigins={null} onCommand={onCommand} />)
    expect(sent().map((m) => `${m.type}${m.index ?? ''}`)).toEqual(['ready', 'step0', 'step1', 'step3', 'complete'])
    expect(fakeParent.postMessage.mock.calls.every(([, origin]) => origin === '*')).toBe(true)
  })

  it('takes commands only from the parent and the allowed origins', () => {
    const onCommand = vi.fn<(command: LabCommand) => void>()
    render(<Harness view={view(0)} parentOrigins={['https://host.example']} onCommand={onCommand} />)
    command({ target: 'mail-protocol-lab', command: 'next' })
    command({ target: 'mail-protocol-lab', command: 'goto', index: 2 }, fakeParent, 'https://evil.example')
    command({ target: 'mail-protocol-lab', command: 'reset' }, window)
    command({ target: 'mail-protocol-lab', command: 'rm -rf' })
    expect(onCommand.mock.calls).toEqual([[{ command: 'next' }]])
  })

  it('reports answers', () => {
    let bridge: ReturnType<typeof useEmbedBridge> | undefined
    render(<Harness view={view(0)} parentOrigins={null} onCommand={() => {}} onBridge={(b) => (bridge = b)} />)
    act(() => bridge!.reportAnswer('q1', false, false))
    expect(sent().pop()).toMatchObject({ type: 'answer', scenario: 'read-sync', questionId: 'q1', correct: false })
  })

  it('does nothing when not framed', () => {
    if (realParent) Object.defineProperty(window, 'parent', realParent)
    Object.defineProperty(window, 'parent', { value: window, configurable: true })
    const onCommand = vi.fn()
    render(<Harness view={view(0)} parentOrigins={null} onCommand={onCommand} />)
    command({ target: 'mail-protocol-lab', command: 'next' }, window)
    expect(onCommand).not.toHaveBeenCalled()
    expect(fakeParent.postMessage).not.toHaveBeenCalled()
  })
})
