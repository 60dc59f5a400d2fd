// The scenario catalog (catalog.ts) bound to the simulator, for the UI and the runner.

import { createSimulationKit } from '@/lib/simulator'
import { scenarios } from './catalog'

export { scenarios, SCENARIO_IDS, getScenario } from './catalog'

/** The simulation machine bound to this catalog, and token helpers that know its scenarios. */
export const { simulationMachine, encodeSnapshotToken, decodeSnapshotToken } = createSimulationKit(scenarios)
