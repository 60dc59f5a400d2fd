// The simulation machine per scenario catalog, and the starting snapshot of a lab session: the
// scenario (already configured by worldOptions) at a given step. Rendering-free, so the prerender
// and the browser build the same first view.
import type { Snapshot } from 'xstate'
import { createSimulationContext, createSimulationMachine, type Scenario, type ScenarioCatalog, type SimulationMachine } from '@/lib/simulator'

const machines = new WeakMap<ScenarioCatalog, SimulationMachine>()

export function machineFor(catalog: ScenarioCatalog): SimulationMachine {
  let machine = machines.get(catalog)
  if (!machine) machines.set(catalog, (machine = createSimulationMachine(catalog)))
  return machine
}

export interface SessionOptions {
  scenario: Scenario
  protocols: ('pop3' | 'imap')[]
  /** Scenario action to start at (0 = the starting world); clamped to the scenario's length. */
  step: number
}

/** The persisted snapshot a session's actor starts from. */
export function startSnapshot(catalog: ScenarioCatalog, options: SessionOptions): Snapshot<unknown> {
  const machine = machineFor(catalog)
  const context = createSimulationContext(catalog, { scenario: options.scenario, protocols: options.protocols, requireAnswers: true })
  const steps = Math.max(0, Math.min(options.step, context.ticks.length))
  const cursor = context.ticks.slice(0, steps).reduce((sum, ticks) => sum + ticks, 0)
  return machine.getPersistedSnapshot(machine.resolveState({ value: 'ready', context: { ...context, cursor } }))
}
