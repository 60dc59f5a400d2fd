// The simulator's plain-data vocabulary, gathered for lib/simulator's entry point: the world
// (world.ts), actions (actions.ts), recorded exchanges (exchange.ts), devices (devices.ts) and
// the granularity of a step (the view contract). Each is defined in its own module.

export type { Protocol } from '@/lib/protocols'
export type { DeviceId } from './devices'
export type { Granularity } from './view'
export type { OfflineCopies, AccountSpec, DeviceSpec, UserSpec, WorldSpec } from './world'
export type { MessageKey, SimAction, SimActionType } from './actions'
export type { Exchange } from './exchange'
