// The deterministic engine: replays a world and a list of actions under each protocol and
// keeps a frame per unit of work. A simulation snapshot is only (world, actions, position), so
// "previous" and a restored URL rebuild exactly the same frames. Runs are cached in memory.

import type { Protocol } from '@/lib/protocols'
import { captureLane, createCaptureCache, type LaneFrame } from './capture'
import { Lane } from './lane'
import type { Exchange } from './exchange'
import type { Granularity } from './view'
import type { SimAction } from './actions'
import type { WorldSpec } from './world'

export interface RunConfig {
  world: WorldSpec
  actions: readonly SimAction[]
  protocols: readonly Protocol[]
  granularity: Granularity
}

export interface LaneRun {
  lane: Lane
  initial: LaneFrame
  /** frames[i] are the frames of action i (at least one each). */
  frames: LaneFrame[][]
}

export class SimulationRun {
  readonly lanes: Partial<Record<Protocol, LaneRun>> = {}
  readonly applied: SimAction[] = []
  private readonly appliedKeys: string[] = []
  /** The key of an action applied under some protocols but not yet all of them (extendOne). */
  private partialKey: string | undefined

  constructor(
    readonly world: WorldSpec,
    readonly protocols: readonly Protocol[],
    readonly granularity: Granularity,
  ) {
    for (const protocol of protocols) {
      const lane = new Lane(protocol, world)
      const cache = createCaptureCache()
      this.lanes[protocol] = { lane, initial: captureLane(lane, cache, 0, lane.moves.length), frames: [] }
      this.caches.set(protocol, cache)
    }
  }

  private readonly caches = new Map<Protocol, ReturnType<typeof createCaptureCache>>()

  /** True when this run's actions agree with `actions` as far as both go. */
  agreesWith(actions: readonly SimAction[]): boolean {
    const shared = Math.min(actions.length, this.applied.length)
    for (let i = 0; i < shared; i++) if (actionKey(actions[i]) !== this.appliedKeys[i]) return false
    // An action applied under some protocols only (extendOne) must be the one `actions` goes on with.
    if (this.partialKey !== undefined && actions.length > this.applied.length && actionKey(actions[this.applied.length]) !== this.partialKey) return false
    return true
  }

  /** Applies the actions not yet applied. */
  extend(actions: readonly SimAction[]): void {
    while (this.extendOne(actions));
  }

  /**
   * Applies the next action not yet applied under one protocol: the smallest piece of a replay,
   * so one can be spread over several tasks (issue 14). False when every action was applied.
   */
  extendOne(actions: readonly SimAction[]): boolean {
    const index = this.applied.length
    if (index >= actions.length) return false
    const action = actions[index]
    const protocol = this.protocols.find((candidate) => (this.lanes[candidate] as LaneRun).frames.length === index)
    if (protocol) this.applyUnder(protocol, action)
    if (this.protocols.every((candidate) => (this.lanes[candidate] as LaneRun).frames.length > index)) {
      this.applied.push(action)
      this.appliedKeys.push(actionKey(action))
      this.partialKey = undefined
    } else {
      this.partialKey = actionKey(action)
    }
    return true
  }

  private applyUnder(protocol: Protocol, action: SimAction): void {
    const run = this.lanes[protocol] as LaneRun
    const cache = this.caches.get(protocol) as ReturnType<typeof createCaptureCache>
    const frames: LaneFrame[] = []
    let since = run.lane.transcript.length
    let sinceMove = run.lane.moves.length
    run.lane.apply(action, this.granularity, () => {
      frames.push(captureLane(run.lane, cache, since, sinceMove))
      since = run.lane.transcript.length
      sinceMove = run.lane.moves.length
    })
    run.frames.push(frames)
  }

  /** Ticks (presses of "next") each action takes: the most any lane needs. */
  ticks(count: number): number[] {
    const ticks: number[] = []
    for (let i = 0; i < count; i++) {
      let most = 1
      for (const protocol of this.protocols) most = Math.max(most, this.lanes[protocol]?.frames[i]?.length ?? 1)
      ticks.push(most)
    }
    return ticks
  }

  /** A lane's frame after `tick` (from 0) of action `step` (from 1); step 0 is the start. */
  frame(protocol: Protocol, step: number, tick: number): LaneFrame | undefined {
    const run = this.lanes[protocol]
    if (!run) return undefined
    if (step === 0) return run.initial
    const frames = run.frames[step - 1]
    return frames[Math.min(tick, frames.length - 1)]
  }

  transcript(protocol: Protocol): readonly Exchange[] {
    return this.lanes[protocol]?.lane.transcript ?? []
  }
}

function actionKey(action: SimAction): string {
  return JSON.stringify(action)
}

const MAX_CACHED_RUNS = 8
const runs: { key: string; run: SimulationRun }[] = []
const worldKeys = new WeakMap<WorldSpec, string>()

function worldKey(world: WorldSpec): string {
  let key = worldKeys.get(world)
  if (key === undefined) worldKeys.set(world, (key = JSON.stringify(world)))
  return key
}

/** The cached run a configuration can go on from (moved to the front), or a new one. */
function cachedRun(config: RunConfig): SimulationRun {
  const key = `${config.protocols.join(',')}|${config.granularity}|${worldKey(config.world)}`
  let entry = runs.find((candidate) => candidate.key === key && candidate.run.agreesWith(config.actions))
  if (!entry) {
    entry = { key, run: new SimulationRun(config.world, config.protocols, config.granularity) }
    runs.unshift(entry)
    if (runs.length > MAX_CACHED_RUNS) runs.pop()
  } else {
    runs.splice(runs.indexOf(entry), 1)
    runs.unshift(entry)
  }
  return entry.run
}

/** The run for a configuration, reusing (and extending) a cached one when it agrees. */
export function getRun(config: RunConfig): SimulationRun {
  const run = cachedRun(config)
  run.extend(config.actions)
  return run
}

/**
 * getRun in pieces: the first step of the generator builds the run (or finds it in the cache), each
 * later one applies one action under one protocol, so a replay can be spread over tasks (issue 14).
 */
export function* getRunInSlices(config: RunConfig): Generator<void, SimulationRun> {
  const run = cachedRun(config)
  while (run.applied.length < config.actions.length) {
    yield
    run.extendOne(config.actions)
  }
  return run
}

/** Forgets every cached run (tests use it to prove replay from scratch gives the same frames). */
export function clearRunCache(): void {
  runs.length = 0
}
