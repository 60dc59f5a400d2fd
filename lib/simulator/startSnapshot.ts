// The simulation machine per scenario catalog, and the snapshot a lab session starts from: the
// scenario (already configured by worldOptions) at a given step. Rendering-free, so the prerender
// and the browser build the same first view.

import type { Snapshot } from 'xstate'
import { endOf } from './position'
import type { Scenario, ScenarioCatalog } from './scenario'
import { createSimulationContext, createSimulationMachine, type SimulationContext, type SimulationMachine } from './simulationMachine'
import type { Protocol } from '@/lib/protocols'

const machines = new WeakMap<ScenarioCatalog, SimulationMachine>()

/** One machine per catalog, built once. */
export function machineFor(catalog: ScenarioCatalog): SimulationMachine {
  let machine = machines.get(catalog)
  if (!machine) machines.set(catalog, (machine = createSimulationMachine(catalog)))
  return machine
}

export interface SessionOptions {
  scenario: Scenario
  protocols: Protocol[]
  /** Scenario action to start at (0 = the starting world); clamped to the scenario's length. */
  step: number
}

/** A persisted snapshot of the catalog's machine, ready, at this context (e.g. a decoded link token). */
export function snapshotAt(catalog: ScenarioCatalog, context: SimulationContext): Snapshot<unknown> {
  const machine = machineFor(catalog)
  return machine.getPersistedSnapshot(machine.resolveState({ value: 'ready', context }))
}

/** The persisted snapshot a session's actor starts from. */
export function startSnapshot(catalog: ScenarioCatalog, options: SessionOptions): Snapshot<unknown> {
  const context = createSimulationContext(catalog, { scenario: options.scenario, protocols: options.protocols, requireAnswers: true })
  return snapshotAt(catalog, { ...context, cursor: endOf(options.step, context.ticks) })
}
