// The scenario catalog: one scenario per claim of the article, plus free play, in the order the
// lab offers them. It also binds the simulator to this catalog for the UI and the runner.

import { createSimulationKit, type Scenario } from '@/lib/simulator'
import { consolidate } from './consolidate'
import { downloadAndDelete } from './downloadAndDelete'
import { freePlay } from './freePlay'
import { leaveACopy } from './leaveACopy'
import { lostPhone } from './lostPhone'
import { offline } from './offline'
import { readSync } from './readSync'
import { roundTrips } from './roundTrips'
import { secondDevice } from './secondDevice'
import { storage } from './storage'

export const scenarios: readonly Scenario[] = [
  downloadAndDelete,
  secondDevice,
  leaveACopy,
  offline,
  storage,
  consolidate,
  readSync,
  lostPhone,
  roundTrips,
  freePlay,
]

export const SCENARIO_IDS = scenarios.map((scenario) => scenario.id)

export function getScenario(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id)
}

/** The simulation machine bound to this catalog, and token helpers that know its scenarios. */
export const { simulationMachine, encodeSnapshotToken, decodeSnapshotToken } = createSimulationKit(scenarios)
