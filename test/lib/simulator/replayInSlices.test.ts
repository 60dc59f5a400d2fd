// The lab's first run spread over tasks (issue 14): replayInSlices builds the run in one slice,
// then applies one action under one protocol per slice; the context built afterwards finds the run
// in the engine's cache, frame for frame the same as a replay in one go.

import { allActions, clearRunCache, createSimulationContext, getRun, replayInSlices, type SimulationInput } from '@/lib/simulator'
import { scenarios } from '@/content/scenarios'

afterEach(() => clearRunCache())

function runOf(input: SimulationInput) {
  const context = createSimulationContext(scenarios, input)
  return getRun({ world: context.scenario.world, actions: allActions(context), protocols: context.protocols, granularity: context.granularity })
}

const framesOf = (input: SimulationInput) => {
  const run = runOf(input)
  return JSON.stringify(run.protocols.map((protocol) => [run.lanes[protocol]?.initial, run.lanes[protocol]?.frames]))
}

describe('replayInSlices', () => {
  it.each(['read-sync', 'download-and-delete', 'free-play'])('%s: one action under one protocol per slice, leaving in the cache the run a context needs', (scenarioId) => {
    const input: SimulationInput = { scenarioId, requireAnswers: true }
    const cold = framesOf(input)
    const actionCount = allActions(createSimulationContext(scenarios, input)).length
    clearRunCache()

    const replay = replayInSlices(scenarios, input)
    const progress: number[][] = []
    // What the cache holds, without extending it: a run agrees with no actions yet.
    const cached = () => getRun({ world: scenarios.find((s) => s.id === scenarioId)!.world, actions: [], protocols: ['pop3', 'imap'], granularity: 'step' })
    for (let slice = replay.next(); !slice.done; slice = replay.next()) {
      const run = cached()
      progress.push([run.applied.length, run.lanes.pop3!.frames.length, run.lanes.imap!.frames.length])
    }
    const run = cached()
    // The first slice builds the run; then POP3, then IMAP, action after action.
    const expected = [[0, 0, 0]]
    for (let i = 0; i < actionCount; i++) expected.push([i, i + 1, i], [i + 1, i + 1, i + 1])
    expect(progress).toEqual(expected.slice(0, expected.length - 1))
    expect(run.applied).toHaveLength(actionCount)

    expect(runOf(input)).toBe(run)
    expect(framesOf(input)).toEqual(cold)
  })

  it('a run left halfway through an action is not reused for other actions, and is finished by one that agrees', () => {
    const input: SimulationInput = { scenarioId: 'read-sync', requireAnswers: true }
    const cold = framesOf(input)
    const context = createSimulationContext(scenarios, input)
    const actions = allActions(context)
    clearRunCache()
    const replay = replayInSlices(scenarios, input)
    replay.next() // builds the run
    replay.next() // the first action under POP3 only
    const config = { world: context.scenario.world, protocols: context.protocols, granularity: context.granularity }
    const halfway = getRun({ ...config, actions: [] })
    expect(halfway.lanes.pop3!.frames).toHaveLength(1)
    expect(halfway.lanes.imap!.frames).toHaveLength(0)
    // Another first action: a new run, not the half-applied one.
    const other = getRun({ ...config, actions: [actions[1], ...actions.slice(2)] })
    expect(other).not.toBe(halfway)
    // The same actions: the half-applied run, finished.
    const finished = getRun({ ...config, actions })
    expect(finished).toBe(halfway)
    expect(framesOf(input)).toEqual(cold)
  })

  it('throws for an unknown scenario, as createSimulationContext does', () => {
    expect(() => replayInSlices(scenarios, { scenarioId: 'no-such-scenario' }).next()).toThrow(/Unknown scenario/)
  })
})
