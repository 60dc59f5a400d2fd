// The simulation machine: time travel, granularities, snapshot JSON and URL-token round trips,
// and free play.

import { createActor } from 'xstate'
import { clearRunCache, decodeSnapshotContext, encodeSnapshotToken, machineFor, snapshotAt, toSimulationView, type SimulationInput } from '@/lib/simulator'
import { scenarios } from '@/content/scenarios'

const simulationMachine = machineFor(scenarios)

/** A link token back to a snapshot, as a page restoring a shared link does. */
function decodeSnapshotToken(token: string) {
  const decoded = decodeSnapshotContext(token, scenarios)
  return decoded.ok ? { ok: true as const, snapshot: snapshotAt(scenarios, decoded.context) } : decoded
}

function start(input: SimulationInput) {
  return createActor(simulationMachine, { input }).start()
}

function viewAt(input: SimulationInput, presses: number) {
  const actor = start(input)
  for (let i = 0; i < presses; i++) actor.send({ type: 'sim.next' })
  return JSON.parse(JSON.stringify(toSimulationView(actor.getSnapshot())))
}

describe('simulationMachine', () => {
  it('steps forward to the end and then refuses "next"', () => {
    const actor = start({ scenarioId: 'read-sync' })
    let presses = 0
    while (actor.getSnapshot().can({ type: 'sim.next' })) {
      actor.send({ type: 'sim.next' })
      presses++
    }
    const view = toSimulationView(actor.getSnapshot())
    expect(view.done).toBe(true)
    expect(view.stepIndex).toBe(4)
    expect(presses).toBeGreaterThan(4)
    expect(actor.getSnapshot().can({ type: 'sim.previous' })).toBe(true)
  })

  it('back then forward equals replaying from the start', () => {
    for (const granularity of ['action', 'step', 'exchange'] as const) {
      const actor = start({ scenarioId: 'leave-a-copy', granularity })
      const forward = granularity === 'action' ? 3 : 9
      for (let i = 0; i < forward; i++) actor.send({ type: 'sim.next' })
      const before = JSON.stringify(toSimulationView(actor.getSnapshot()))
      for (let i = 0; i < 2; i++) actor.send({ type: 'sim.previous' })
      const back = JSON.stringify(toSimulationView(actor.getSnapshot()))
      expect(back).toBe(JSON.stringify(viewAt({ scenarioId: 'leave-a-copy', granularity }, forward - 2)))
      for (let i = 0; i < 2; i++) actor.send({ type: 'sim.next' })
      expect(JSON.stringify(toSimulationView(actor.getSnapshot()))).toBe(before)
      clearRunCache()
      expect(JSON.stringify(viewAt({ scenarioId: 'leave-a-copy', granularity }, forward))).toBe(before)
    }
  })

  it('gives the same transcript at every granularity', () => {
    const end = (granularity: 'action' | 'step' | 'exchange') => {
      const actor = start({ scenarioId: 'offline', granularity })
      actor.send({ type: 'sim.goto', index: 6 })
      const lanes = toSimulationView(actor.getSnapshot()).lanes
      return Object.values(lanes).map((lane) => ({ transcript: lane.transcript, server: lane.server, devices: lane.devices, metrics: lane.metrics }))
    }
    const action = end('action')
    expect(end('step')).toEqual(action)
    expect(end('exchange')).toEqual(action)
  })

  it('round-trips a snapshot through JSON', () => {
    const actor = start({ scenarioId: 'storage', granularity: 'exchange' })
    for (let i = 0; i < 7; i++) actor.send({ type: 'sim.next' })
    actor.send({ type: 'sim.answer', questionId: 'storage-which-meter', choiceIndex: 2 })
    const json = JSON.stringify(actor.getPersistedSnapshot())
    const restored = createActor(simulationMachine, { snapshot: JSON.parse(json) }).start()
    expect(toSimulationView(restored.getSnapshot())).toEqual(toSimulationView(actor.getSnapshot()))
    restored.send({ type: 'sim.next' })
    actor.send({ type: 'sim.next' })
    expect(toSimulationView(restored.getSnapshot())).toEqual(toSimulationView(actor.getSnapshot()))
  })

  it('round-trips a snapshot through a URL token', () => {
    const actor = start({ scenarioId: 'free-play' })
    actor.send({ type: 'user.checkMail', device: 'phone' })
    actor.send({ type: 'mail.deliver', subject: 'Café à midi ?' })
    actor.send({ type: 'user.read', device: 'phone', key: 'alice:1' })
    const token = encodeSnapshotToken(actor.getSnapshot())
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/)
    const decoded = decodeSnapshotToken(token)
    if (!decoded.ok) throw new Error(decoded.error)
    const restored = createActor(simulationMachine, { snapshot: decoded.snapshot }).start()
    expect(toSimulationView(restored.getSnapshot())).toEqual(toSimulationView(actor.getSnapshot()))
  })

  it('returns an error value for a corrupted token', () => {
    const token = encodeSnapshotToken(start({ scenarioId: 'offline' }).getSnapshot())
    const flipped = token.slice(0, 5) + (token[5] === 'A' ? 'B' : 'A') + token.slice(6)
    for (const bad of [flipped, 'nonsense', '', '%%%.1', token.split('.')[0] + '.zz']) {
      const decoded = decodeSnapshotToken(bad)
      expect(decoded.ok).toBe(false)
      if (!decoded.ok) expect(decoded.error).toMatch(/link|token/i)
    }
  })

  it('goes to a step, resets, and changes granularity at a step boundary', () => {
    const actor = start({ scenarioId: 'lost-phone' })
    actor.send({ type: 'sim.goto', index: 3 })
    expect(toSimulationView(actor.getSnapshot()).stepIndex).toBe(3)
    expect(toSimulationView(actor.getSnapshot()).lanes.imap?.devices.map((device) => device.id)).toEqual([])
    actor.send({ type: 'sim.setGranularity', granularity: 'exchange' })
    const view = toSimulationView(actor.getSnapshot())
    expect(view.granularity).toBe('exchange')
    expect(view.stepIndex).toBe(3)
    actor.send({ type: 'sim.reset' })
    expect(toSimulationView(actor.getSnapshot()).stepIndex).toBe(0)
    expect(actor.getSnapshot().can({ type: 'sim.goto', index: 99 })).toBe(false)
  })

  it('shows the question before its step and records the answer', () => {
    const actor = start({ scenarioId: 'read-sync', granularity: 'action', requireAnswers: true })
    actor.send({ type: 'sim.goto', index: 3 })
    const view = toSimulationView(actor.getSnapshot())
    expect(view.question?.id).toBe('sync-laptop')
    expect(actor.getSnapshot().can({ type: 'sim.next' })).toBe(false)
    actor.send({ type: 'sim.answer', questionId: 'sync-laptop', choiceIndex: 1 })
    expect(toSimulationView(actor.getSnapshot()).question?.chosenIndex).toBe(1)
    expect(actor.getSnapshot().can({ type: 'sim.next' })).toBe(true)
  })

  it('lets the learner skip a question ("Just show me"): the step may run, and nothing is scored', () => {
    const actor = start({ scenarioId: 'read-sync', granularity: 'action', requireAnswers: true })
    actor.send({ type: 'sim.goto', index: 3 })
    expect(actor.getSnapshot().can({ type: 'sim.skip', questionId: 'no-such-question' })).toBe(false)
    actor.send({ type: 'sim.skip', questionId: 'sync-laptop' })
    const question = toSimulationView(actor.getSnapshot()).question
    expect(question?.skipped).toBe(true)
    expect(question?.chosenIndex).toBeNull()
    expect(actor.getSnapshot().can({ type: 'sim.next' })).toBe(true)
    expect(actor.getSnapshot().can({ type: 'sim.skip', questionId: 'sync-laptop' })).toBe(false)
  })

  it('accepts learner actions only in free play, applied to both lanes', () => {
    expect(start({ scenarioId: 'read-sync' }).getSnapshot().can({ type: 'user.checkMail', device: 'phone' })).toBe(false)
    const actor = start({ scenarioId: 'free-play', granularity: 'action' })
    expect(actor.getSnapshot().can({ type: 'user.checkMail', device: 'tablet' })).toBe(false)
    actor.send({ type: 'user.checkMail', device: 'phone' })
    const view = toSimulationView(actor.getSnapshot())
    expect(view.lanes.pop3?.server.messages).toHaveLength(0)
    expect(view.lanes.imap?.server.messages).toHaveLength(3)
    expect(view.lanes.pop3?.devices[0].messages).toHaveLength(3)
    actor.send({ type: 'device.add', device: 'tablet' })
    expect(toSimulationView(actor.getSnapshot()).lanes.imap?.devices.map((device) => device.id)).toEqual(['phone', 'laptop', 'tablet'])
  })

  it('accepts sending and filing in free play (issue 12)', () => {
    const actor = start({ scenarioId: 'free-play', granularity: 'action' })
    expect(actor.getSnapshot().can({ type: 'user.send', device: 'tablet', to: 'carol@example.net', subject: 'x' })).toBe(false)
    actor.send({ type: 'user.checkMail', device: 'phone' })
    actor.send({ type: 'user.send', device: 'phone', to: 'carol@example.net', subject: 'Hello from free play' })
    actor.send({ type: 'user.move', device: 'phone', key: 'alice:1', folder: 'Archive' })
    const imap = toSimulationView(actor.getSnapshot()).lanes.imap!
    expect(imap.server.outbound.map((message) => message.subject)).toEqual(['Hello from free play'])
    const phone = imap.devices.find((device) => device.id === 'phone')!
    actor.send({ type: 'user.checkMail', device: 'laptop' })
    const laptop = toSimulationView(actor.getSnapshot()).lanes.imap!.devices.find((device) => device.id === 'laptop')!
    expect(laptop.messages.filter((message) => message.folder !== 'INBOX').map((message) => [message.folder, message.subject]).sort()).toEqual([['Archive', 'Lunch?'], ['Sent', 'Hello from free play']])
    expect(phone.messages.filter((message) => message.folder !== 'INBOX').map((message) => [message.folder, message.subject]).sort()).toEqual([['Archive', 'Lunch?'], ['Sent', 'Hello from free play']])
  })
})
