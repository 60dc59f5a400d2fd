// The session skeleton every client machine shares, whatever its protocol: resting in idle,
// offline or error; `client.check` begins a session; inside it the workflow steps run in order;
// a fault, a dropped connection or going offline abandons it (no QUIT or LOGOUT, so nothing is
// committed: RFC 1939 §6, RFC 3501 §3.4). A machine declares only its steps and its own handlers.

import type { Wire } from '../wire'

export interface SkeletonOptions<Steps, IdleAlways, IdleOn, OfflineOn, ErrorOn> {
  /** The workflow steps, the first of which a session starts in. */
  steps: Steps
  initialStep: keyof Steps & string
  /** Extra `always` transitions of idle (e.g. IMAP starts a session when changes wait). */
  idleAlways?: IdleAlways
  /** Extra transitions of each resting state, e.g. the user's actions. */
  idleOn?: IdleOn
  offlineOn?: OfflineOn
  errorOn?: ErrorOn
}

/**
 * The machine's `initial` and `states`: idle, offline, error and the session group holding the
 * steps. It expects the actions `beginSession`, `abandonSession` and `markDropped`, and the
 * guard `hasFault` (see `sessionGuards` in stepStates.ts).
 */
export function sessionSkeleton<const Steps, const IdleAlways extends readonly object[], const IdleOn extends object = object, const OfflineOn extends object = object, const ErrorOn extends object = object>(
  options: SkeletonOptions<Steps, IdleAlways, IdleOn, OfflineOn, ErrorOn>,
) {
  const begin = { target: 'session', actions: 'beginSession' } as const
  return {
    initial: 'idle' as const,
    states: {
      idle: {
        meta: { label: 'Idle' },
        ...(options.idleAlways ? { always: options.idleAlways } : {}),
        on: { 'client.check': begin, 'net.offline': 'offline', ...options.idleOn },
      },
      offline: {
        meta: { label: 'Offline' },
        on: { 'net.online': 'idle', ...options.offlineOn },
      },
      error: {
        meta: { label: 'Connection lost' },
        on: { 'client.check': begin, 'net.offline': 'offline', ...options.errorOn },
      },
      session: {
        initial: options.initialStep,
        always: [{ guard: 'hasFault', target: 'error', actions: 'abandonSession' }],
        on: {
          'net.drop': { target: 'error', actions: ['markDropped', 'abandonSession'] },
          'net.offline': { target: 'offline', actions: ['markDropped', 'abandonSession'] },
        },
        states: options.steps,
      },
    },
  } as const
}

/**
 * The body of an `abandonSession` action: the client drops the connection without QUIT or
 * LOGOUT, and forgets what only that session knew (`reset` builds fresh values each time).
 */
export function dropSession<C extends { wire: Wire }>(reset: () => Partial<C>) {
  return ({ context }: { context: C }): Partial<C> => {
    context.wire.drop()
    return reset()
  }
}

/** The fault a dropped connection leaves, for the outcome line. */
export const DROPPED = { fault: 'connection-dropped' } as const
