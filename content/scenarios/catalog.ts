// The scenario catalog: one scenario per claim of the article, plus free play, in the order the
// lab offers them. Plain data, so the console can list the scenarios without loading XState
// (content/scenarios/index.ts adds the simulation machine bound to this catalog).

import type { Scenario } from '@/lib/simulator'
import { consolidate } from './consolidate'
import { downloadAndDelete } from './downloadAndDelete'
import { folders } from './folders'
import { freePlay } from './freePlay'
import { leaveACopy } from './leaveACopy'
import { lostPhone } from './lostPhone'
import { offline } from './offline'
import { push } from './push'
import { quotaFull } from './quotaFull'
import { readSync } from './readSync'
import { roundTrips } from './roundTrips'
import { secondDevice } from './secondDevice'
import { sending } from './sending'
import { storage } from './storage'
import { syncIsNotBackup } from './syncIsNotBackup'

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
  sending,
  folders,
  syncIsNotBackup,
  quotaFull,
  push,
  freePlay,
]

export const SCENARIO_IDS = scenarios.map((scenario) => scenario.id)

export function getScenario(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id)
}
