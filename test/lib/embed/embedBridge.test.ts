import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  answerMessage,
  completeMessage,
  isAllowedSender,
  isLabMessage,
  parseCommand,
  readyMessage,
  resizeMessage,
  stepMessage,
  targetOrigins,
} from '@/lib/embed/embedBridge'
import type { LaneView, SimulationView } from '@/lib/simulator/view'

function lane(protocol: 'pop3' | 'imap', state: string | null): LaneView {
  return {
    protocol,
    server: { bytesUsed: 0, quotaBytes: 1000, messages: [], outbound: [] },
    devices: [
      { id: 'phone', label: 'Phone', online: true, bytesUsed: 0, accounts: [], messages: [], clientStep: 'retrieving', protocolState: state as never, outbox: [], idling: false, nextCheckAt: null },
      { id: 'laptop', label: 'Laptop', online: false, bytesUsed: 0, accounts: [], messages: [], clientStep: 'idle', protocolState: null, outbox: [], idling: false, nextCheckAt: null },
    ],
    metrics: { roundTrips: 0, bytesToServer: 0, bytesFromServer: 0 },
    transcript: [],
    activeDevice: 'phone',
    lastExchanges: [],
    outcome: '',
    clockMinutes: 0,
    minutesToSee: [],
  }
}

const view: SimulationView = {
  scenarioId: 'download-and-delete',
  title: 'Download and delete',
  goal: '',
  stepIndex: 2,
  totalSteps: 5,
  done: false,
  narration: {},
  question: null,
  lanes: { imap: lane('imap', 'selected'), pop3: lane('pop3', 'TRANSACTION') },
  granularity: 'action',
  freePlay: false,
  nextDeliverySubject: 'New message 1',
  tick: 0,
  ticksInStep: 1,
}

describe('outgoing messages', () => {
  it('carry the source and version', () => {
    for (const message of [readyMessage(view), resizeMessage(10), stepMessage(view), completeMessage(view), answerMessage('s', 'q1', true)]) {
      expect(message).toMatchObject({ source: 'mail-protocol-lab', version: 1 })
      expect(isLabMessage(message)).toBe(true)
      expect(JSON.parse(JSON.stringify(message))).toEqual(message)
    }
  })

  it('ready names the scenario and its steps', () => {
    expect(readyMessage(view)).toEqual({ source: 'mail-protocol-lab', version: 1, type: 'ready', scenario: 'download-and-delete', totalSteps: 5 })
  })

  it('resize rounds up to whole pixels', () => {
    expect(resizeMessage(412.2)).toMatchObject({ type: 'resize', height: 413 })
    expect(resizeMessage(-3)).toMatchObject({ height: 0 })
  })

  it("step reports each lane's workflow step and protocol state, pop3 first", () => {
    const message = stepMessage(view)
    expect(message).toMatchObject({ type: 'step', scenario: 'download-and-delete', index: 2, total: 5, tick: 0, ticksInStep: 1 })
    if (message.type !== 'step') throw new Error('not a step')
    expect(message.lanes.map((l) => l.protocol)).toEqual(['pop3', 'imap'])
    expect(message.lanes[0]).toEqual({
      protocol: 'pop3',
      activeDevice: 'phone',
      workflowStep: 'retrieving',
      protocolState: 'TRANSACTION',
      devices: [
        { id: 'phone', workflowStep: 'retrieving', protocolState: 'TRANSACTION', online: true },
        { id: 'laptop', workflowStep: 'idle', protocolState: null, online: false },
      ],
    })
  })

  it('step leaves out hidden lanes and handles no active device', () => {
    const message = stepMessage({ ...view, lanes: { imap: { ...lane('imap', null), activeDevice: null } } })
    if (message.type !== 'step') throw new Error('not a step')
    expect(message.lanes).toHaveLength(1)
    expect(message.lanes[0]).toMatchObject({ protocol: 'imap', activeDevice: null, workflowStep: null, protocolState: null })
  })

  it('answer and complete', () => {
    expect(answerMessage('read-sync', 'q-seen', false)).toMatchObject({ type: 'answer', scenario: 'read-sync', questionId: 'q-seen', correct: false, skipped: false })
    expect(answerMessage('read-sync', 'q-seen', false, true)).toMatchObject({ type: 'answer', correct: false, skipped: true })
    expect(completeMessage(view)).toMatchObject({ type: 'complete', scenario: 'download-and-delete' })
  })
})

describe('parseCommand', () => {
  it.each(['next', 'previous', 'reset', 'play', 'pause'])('accepts %s', (command) => {
    expect(parseCommand({ target: 'mail-protocol-lab', command })).toEqual({ command })
    expect(parseCommand({ target: 'mail-protocol-lab', version: 1, command })).toEqual({ command })
  })

  it('accepts goto with a whole, non-negative index', () => {
    expect(parseCommand({ target: 'mail-protocol-lab', command: 'goto', index: 3 })).toEqual({ command: 'goto', index: 3 })
    expect(parseCommand({ target: 'mail-protocol-lab', command: 'goto', index: 0 })).toEqual({ command: 'goto', index: 0 })
  })

  it.each([
    null,
    undefined,
    'next',
    42,
    [],
    { command: 'next' },
    { target: 'other', command: 'next' },
    { target: 'mail-protocol-lab', command: 'NEXT' },
    { target: 'mail-protocol-lab', command: 'eval' },
    { target: 'mail-protocol-lab', version: 2, command: 'next' },
    { target: 'mail-protocol-lab', command: 'goto' },
    { target: 'mail-protocol-lab', command: 'goto', index: '3' },
    { target: 'mail-protocol-lab', command: 'goto', index: -1 },
    { target: 'mail-protocol-lab', command: 'goto', index: 1.5 },
    { target: 'mail-protocol-lab', command: 'goto', index: Number.NaN },
    { target: 'mail-protocol-lab', command: 'goto', index: 1e300 },
    { source: 'mail-protocol-lab', version: 1, type: 'ready' },
  ])('ignores %j', (data) => expect(parseCommand(data)).toBeNull())

  it('survives hostile getters', () => {
    const hostile = Object.defineProperty({ target: 'mail-protocol-lab' }, 'command', {
      get() {
        throw new Error('boom')
      },
    })
    expect(parseCommand(hostile)).toBeNull()
  })

  it('never throws on anything', () => {
    fc.assert(fc.property(fc.anything(), (data) => {
      const result = parseCommand(data)
      expect(result === null || typeof result.command === 'string').toBe(true)
    }))
    fc.assert(
      fc.property(fc.record({ target: fc.constant('mail-protocol-lab'), command: fc.string(), index: fc.anything() }), (data) => {
        parseCommand(data)
      }),
    )
  })
})

describe('isAllowedSender', () => {
  const parent = { name: 'parent' }
  const other = { name: 'other' }

  it('takes any origin from the parent when parentOrigin is not set', () => {
    expect(isAllowedSender({ eventSource: parent, parent, origin: 'https://x.example', parentOrigins: null })).toBe(true)
  })

  it('refuses anything but the parent window', () => {
    expect(isAllowedSender({ eventSource: other, parent, origin: 'https://x.example', parentOrigins: null })).toBe(false)
    expect(isAllowedSender({ eventSource: null, parent, origin: 'https://x.example', parentOrigins: null })).toBe(false)
    expect(isAllowedSender({ eventSource: undefined, parent: undefined, origin: 'https://x.example', parentOrigins: null })).toBe(false)
  })

  it('takes only the listed origins when parentOrigin is set', () => {
    const parentOrigins = ['https://school.example', 'http://localhost:3000']
    expect(isAllowedSender({ eventSource: parent, parent, origin: 'https://school.example', parentOrigins })).toBe(true)
    expect(isAllowedSender({ eventSource: parent, parent, origin: 'http://localhost:3000', parentOrigins })).toBe(true)
    expect(isAllowedSender({ eventSource: parent, parent, origin: 'http://127.0.0.1:3000', parentOrigins })).toBe(false)
    expect(isAllowedSender({ eventSource: parent, parent, origin: 'https://school.example.evil', parentOrigins })).toBe(false)
    expect(isAllowedSender({ eventSource: parent, parent, origin: 'null', parentOrigins })).toBe(false)
  })

  it('takes nothing when parentOrigin held no valid origin', () => {
    expect(isAllowedSender({ eventSource: parent, parent, origin: 'https://school.example', parentOrigins: [] })).toBe(false)
  })
})

describe('targetOrigins', () => {
  it('posts to the listed origins, or to any', () => {
    expect(targetOrigins(null)).toEqual(['*'])
    expect(targetOrigins([])).toEqual(['*'])
    expect(targetOrigins(['https://a.example'])).toEqual(['https://a.example'])
  })
})
