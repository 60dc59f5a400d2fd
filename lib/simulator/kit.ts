// Binds the simulator to a scenario catalog: the simulation machine, and token decoding into a
// snapshot that `createActor(simulationMachine, { snapshot })` restores.

import type { Snapshot } from 'xstate'
import type { ScenarioCatalog } from './scenario'
import { createSimulationMachine } from './simulationMachine'
import { decodeSnapshotContext, encodeSnapshotToken } from './token'

export function createSimulationKit(catalog: ScenarioCatalog) {
  const simulationMachine = createSimulationMachine(catalog)
  /** A token → a persisted snapshot for createActor, or an error value (never throws). */
  function decodeSnapshotToken(token: string): { ok: true; snapshot: Snapshot<unknown> } | { ok: false; error: string } {
    const decoded = decodeSnapshotContext(token, catalog)
    if (!decoded.ok) return decoded
    const resolved = simulationMachine.resolveState({ value: 'ready', context: decoded.context })
    return { ok: true, snapshot: simulationMachine.getPersistedSnapshot(resolved) }
  }
  return { simulationMachine, encodeSnapshotToken, decodeSnapshotToken }
}
