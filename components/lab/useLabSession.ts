'use client'
// The simulation actor of one lab session and what the view needs from it: the view (derived from
// the snapshot), each control's availability from snapshot.can(...), and senders. Components only
// render this and send events; the protocol logic stays in lib/simulator.
import { useActorRef, useSelector } from '@xstate/react'
import { useCallback, useMemo, useState } from 'react'
import type { Protocol } from '@/lib/protocols'
import { machineFor, startSnapshot, toSimulationView, type Scenario, type ScenarioCatalog, type SimAction, type SimulationEvent } from '@/lib/simulator'
import { DEVICE_IDS, type DeviceId } from '@/lib/simulator/view'

type SimSnapshot = { can: (event: SimulationEvent) => boolean }

/** Which devices the machine lets the learner act on, which it would add, and whether mail can arrive. */
function freePlayKey(snapshot: SimSnapshot): string {
  const devices = DEVICE_IDS.map((device) => {
    if (snapshot.can({ type: 'user.goOffline', device }) || snapshot.can({ type: 'user.goOnline', device })) return 'p'
    if (snapshot.can({ type: 'device.add', device })) return 'a'
    return '-'
  }).join('')
  const deliver = snapshot.can({ type: 'mail.deliver' }) ? 'd' : '-'
  return `${devices}${deliver}${snapshot.can({ type: 'clock.advance', minutes: WAIT_MINUTES }) ? 'c' : '-'}`
}

export interface FreePlayAbilities {
  devices: DeviceId[]
  addable: DeviceId[]
  deliver: boolean
  /** Simulated time can pass ("Wait 5 minutes"). */
  wait: boolean
}

/** How far "Wait" moves the simulated clock in free play. */
export const WAIT_MINUTES = 5

export function parseFreePlayKey(key: string): FreePlayAbilities {
  return {
    devices: DEVICE_IDS.filter((_, i) => key[i] === 'p'),
    addable: DEVICE_IDS.filter((_, i) => key[i] === 'a'),
    deliver: key[DEVICE_IDS.length] === 'd',
    wait: key[DEVICE_IDS.length + 1] === 'c',
  }
}

export interface LabSessionOptions {
  catalog: ScenarioCatalog
  scenario: Scenario
  protocols: Protocol[]
  step: number
}

export function useLabSession({ catalog, scenario, protocols, step }: LabSessionOptions) {
  const machine = machineFor(catalog)
  const [snapshot] = useState(() => startSnapshot(catalog, { scenario, protocols, step }))
  const actor = useActorRef(machine, { input: {}, snapshot })
  const context = useSelector(actor, (state) => state.context)
  const view = toSimulationView({ context })
  const canNext = useSelector(actor, (state) => state.can({ type: 'sim.next' }))
  const canPrevious = useSelector(actor, (state) => state.can({ type: 'sim.previous' }))
  const canReset = useSelector(actor, (state) => state.can({ type: 'sim.reset' }) && state.can({ type: 'sim.previous' }))
  const abilityKey = useSelector(actor, freePlayKey)
  const abilities = useMemo(() => parseFreePlayKey(abilityKey), [abilityKey])
  const deliveries = context.extra.filter((action) => action.type === 'mail.deliver').length

  const send = useCallback((event: SimulationEvent) => actor.send(event), [actor])
  const can = useCallback((event: SimulationEvent) => actor.getSnapshot().can(event), [actor])
  const next = useCallback(() => actor.send({ type: 'sim.next' }), [actor])
  const canNextNow = useCallback(() => actor.getSnapshot().can({ type: 'sim.next' }), [actor])
  const act = useCallback((action: SimAction) => actor.send(action), [actor])

  return { view, canNext, canPrevious, canReset, abilities, deliveries, send, can, next, canNextNow, act }
}
