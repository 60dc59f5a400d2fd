// Where a device's client is in its workflow, and the moves its machine makes: what the lane
// reads from a client actor to pace a session, pull the plug, and feed the state diagrams.

import type { Actor, InspectionEvent } from 'xstate'
import { hasDeletable } from './clients/pop3Client'
import type { imapClientMachine } from './machines/imapClientMachine'
import type { pop3ClientMachine } from './machines/pop3ClientMachine'
import type { StateMove } from './view'
import type { AccountSpec } from './world'
import type { Wire } from './wire'

export type ClientActor = Actor<typeof pop3ClientMachine> | Actor<typeof imapClientMachine>

export interface ClientRuntime {
  account: AccountSpec
  actor: ClientActor
  wire: Wire
}

/** Where a "net.drop" action pulls the plug: after `afterStep`, or just before the disconnect step. */
export function reachedDropPoint(client: ClientRuntime, afterStep: string | undefined): boolean {
  const snapshot = client.actor.getSnapshot()
  if (snapshot.context.plan.length > 0) return false
  const step = currentStep(client)
  if (afterStep) return step === afterStep
  if (step === 'processing') return true
  if (step === 'deleting') return true
  return step === 'storing' && 'known' in snapshot.context && !hasDeletable(snapshot.context)
}

/** The workflow step a client is in ("retrieving"), or its resting state ("idle", "offline", "error"). */
export function currentStep(client: ClientRuntime): string {
  const value = client.actor.getSnapshot().value
  if (typeof value === 'string') return value
  const inner = Object.values(value)[0]
  return typeof inner === 'string' ? inner : 'session'
}

/**
 * The transitions a machine took in one microstep, as the state diagrams draw them: from the
 * state that holds the transition to its target (a transition without a target is no move).
 */
export function clientMoves(event: InspectionEvent): StateMove<string>[] {
  if (event.type !== '@xstate.microstep') return []
  const moves: StateMove<string>[] = []
  for (const transition of event._transitions) {
    if (!transition.source.parent) continue
    for (const target of transition.target ?? []) moves.push({ from: transition.source.key, to: target.key })
  }
  return moves
}
