// The view names the transition each step took, for the state diagrams to highlight: every move
// is an arrow of the diagram, and it ends where the device now is.
import { createActor } from 'xstate'
import { describe, expect, it } from 'vitest'
import { scenarios, simulationMachine } from '@/content/scenarios'
import { toSimulationView, type DeviceView, type SimulationView } from '@/lib/simulator'
import { NO_CONNECTION, edgeId } from '@/lib/simulator/diagrams/graph'
import { clientGraph, sessionGraph } from '@/lib/simulator/diagrams/stateGraphs'

function* walk(scenarioId: string, granularity: 'action' | 'step' | 'exchange'): Generator<SimulationView> {
  const actor = createActor(simulationMachine, { input: { scenarioId, granularity } }).start()
  yield toSimulationView(actor.getSnapshot())
  while (actor.getSnapshot().can({ type: 'sim.next' })) {
    const view = toSimulationView(actor.getSnapshot())
    if (view.question && view.question.chosenIndex === null) actor.send({ type: 'sim.answer', questionId: view.question.id, choiceIndex: 0 })
    actor.send({ type: 'sim.next' })
    yield toSimulationView(actor.getSnapshot())
  }
}

const devicesOf = (view: SimulationView) => Object.values(view.lanes).flatMap((lane) => lane.devices.map((device) => [lane.protocol, device] as const))

describe('last moves in the view', () => {
  it.each(scenarios.map((scenario) => scenario.id))('%s: every move is an arrow of its diagram and ends where the device is', (scenarioId) => {
    let clientMoves = 0
    let protocolMoves = 0
    for (const view of walk(scenarioId, 'step')) {
      for (const [protocol, device] of devicesOf(view)) {
        const client = clientGraph(protocol)
        const session = sessionGraph(protocol)
        const move = device.lastClientMove
        if (move) {
          clientMoves++
          expect(client.edges.map((edge) => edge.id)).toContain(edgeId(move.from, move.to))
          expect(endsAt(client.nodes, move.to, device)).toBe(true)
        }
        const protocolMove = device.lastProtocolMove
        if (protocolMove) {
          protocolMoves++
          expect(session.edges.map((edge) => edge.id)).toContain(edgeId(protocolMove.from ?? NO_CONNECTION, protocolMove.to ?? NO_CONNECTION))
          expect(protocolMove.to).toBe(device.protocolState)
        }
      }
    }
    const steps = scenarios.find((scenario) => scenario.id === scenarioId)?.steps ?? []
    // Free play starts with no steps: nothing moves until the learner acts.
    if (steps.length > 0) expect(clientMoves).toBeGreaterThan(0)
    if (steps.some((step) => step.action.type === 'user.checkMail')) expect(protocolMoves).toBeGreaterThan(0)
  })

  it('at step granularity, checking mail walks the POP3 client through its steps one arrow per press', () => {
    const moves = [...walk('download-and-delete', 'step')].map((view) => {
      const lane = view.lanes.pop3
      const device = lane?.devices.find((candidate) => candidate.id === lane.activeDevice)
      return device?.lastClientMove ? edgeId(device.lastClientMove.from, device.lastClientMove.to) : null
    })
    expect(moves[0]).toBeNull()
    expect(moves).toContain('connecting>authorizing')
    expect(moves).toContain('authorizing>retrieving')
    expect(moves).toContain('disconnecting>idle')
  })

  it('the step before anything happens has no move', () => {
    const [first] = walk('read-sync', 'step')
    for (const [, device] of devicesOf(first)) {
      expect(device.lastClientMove ?? null).toBeNull()
      expect(device.lastProtocolMove ?? null).toBeNull()
    }
  })
})

/** The move ends at the device's step, or at the group that holds it (entering "session" starts its first step). */
function endsAt(nodes: readonly { id: string; parent?: string }[], to: string, device: DeviceView): boolean {
  if (to === device.clientStep) return true
  return nodes.some((node) => node.id === device.clientStep && node.parent === to)
}
