// The IMAP machine's push states (RFC 2177). With `push`, processing is followed by idleStart
// (IDLE) instead of disconnecting, and the client rests in `idling`, connected. A push of new
// mail, a check or a user action ends IDLE (idleDone: DONE) and the session goes on from
// obtaining; 29 minutes in IDLE renew it (idleRenew: DONE, IDLE). Going offline or a dropped
// connection ends the IDLE connection without LOGOUT, as any session's.

import type { IdleStepName } from '../clients/imapIdle'

type StepName = IdleStepName | 'processing'

function planAndRun(step: StepName) {
  return [{ type: 'plan', params: { step } } as const, { type: 'run', params: { step } } as const]
}

const run = (step: StepName) => ({ type: 'run', params: { step } }) as const

/** A step whose last line leaves the session for `idling` (the connection stays open). */
function intoIdle(step: IdleStepName, label: string) {
  return {
    meta: { label },
    entry: planAndRun(step),
    always: [{ guard: 'sessionComplete', target: '#imapClient.idling' } as const],
    on: { 'client.step': { actions: run(step) }, 'client.exchange': { actions: run(step) } },
  }
}

/** Processing, then IDLE when the account pushes, else LOGOUT. */
const afterProcessing = [{ guard: 'planPending', actions: run('processing') } as const, { guard: 'push', target: 'idleStart' } as const, { target: 'disconnecting' } as const]

export const idleSteps = {
  processing: {
    meta: { label: 'Process changes' },
    entry: planAndRun('processing'),
    on: { 'client.step': afterProcessing, 'client.exchange': afterProcessing },
  },
  idleStart: intoIdle('idleStart', 'Start IDLE'),
  idleDone: {
    meta: { label: 'End IDLE' },
    entry: planAndRun('idleDone'),
    on: {
      'client.step': [{ guard: 'planPending', actions: run('idleDone') } as const, { target: 'obtaining' } as const],
      'client.exchange': [{ guard: 'planPending', actions: run('idleDone') } as const, { target: 'obtaining' } as const],
    },
  },
  idleRenew: intoIdle('idleRenew', 'Renew IDLE'),
} as const

const resume = { target: 'session.idleDone', actions: 'resume' } as const

/** The resting state of a pushing client: connected, in IDLE, hearing the server's updates. */
export const idlingState = {
  meta: { label: 'Waiting in IDLE' },
  always: [
    { guard: 'hasFault', target: 'error', actions: 'abandonSession' },
    { guard: 'arrived', ...resume },
    { guard: 'hasWork', ...resume },
  ],
  on: {
    'server.push': { actions: 'takePush' },
    'client.check': resume,
    'idle.renew': { target: 'session.idleRenew', actions: 'resume' },
    'net.offline': { target: 'offline', actions: 'abandonSession' },
    'net.drop': { target: 'error', actions: ['markDropped', 'abandonSession'] },
  },
} as const
