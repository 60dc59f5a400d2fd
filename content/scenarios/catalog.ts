// The scenario catalog: one scenario per claim of the article, plus free play, in the order the
// lab offers them. Plain data, so the console can list the scenarios without loading XState
// (content/scenarios/index.ts adds the simulation machine bound to this catalog).

import type { Scenario } from '@/lib/simulator'
import { consolidate } from './consolidate'
import { downloadAndDelete } from './downloadAndDelete'
import { freePlay } from './freePlay'
import { leaveACopy } from './leaveACopy'
import { lostPhone } from './lostPhone'
import { offline } from './offline'
import { push } from './push'
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
  push,
  freePlay,
]

export const SCENARIO_IDS = scenarios.map((scenario) => scenario.id)

export function getScenario(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id)
}
