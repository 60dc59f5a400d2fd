// The shape every workflow step of a client machine shares, and the guards it relies on. On entry
// a step plans its lines and runs them; `client.step` runs what is left (or moves on), `client.exchange` one line at a time.

/** A step that moves to `next` once its plan is done. */
export function stepState<Step extends string>(step: Step, next: Step, label: string) {
  const run = { type: 'run', params: { step } } as const
  return {
    meta: { label },
    entry: [{ type: 'plan', params: { step } } as const, run],
    on: {
      'client.step': [{ guard: 'planPending', actions: run } as const, { target: next }],
      'client.exchange': [{ guard: 'planPending', actions: run } as const, { target: next }],
    },
  }
}

/** The last step: QUIT or LOGOUT, then back to `idleTarget` in the same event that sent it. */
export function disconnectingState(idleTarget: `#${string}`) {
  const run = { type: 'run', params: { step: 'disconnecting' } } as const
  return {
    meta: { label: 'Disconnect' },
    entry: [{ type: 'plan', params: { step: 'disconnecting' } } as const, run],
    always: [{ guard: 'sessionComplete', target: idleTarget } as const],
    on: {
      'client.step': { actions: run },
      'client.exchange': { actions: run },
    },
  }
}

interface SessionProgress {
  plan: readonly unknown[]
  fault: string | null
}

/** The guards the step shapes above rely on, the same for every protocol. */
export const sessionGuards = {
  planPending: ({ context }: { context: SessionProgress }) => context.plan.length > 0,
  sessionComplete: ({ context }: { context: SessionProgress }) => context.plan.length === 0 && context.fault === null,
  hasFault: ({ context }: { context: SessionProgress }) => context.fault !== null,
}
