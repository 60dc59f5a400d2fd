// The POP3 client on one device for one account, following the article's steps:
// connecting → authorizing → retrieving (STAT, LIST, UIDL, RETR) → storing (local copies, new)
// → deleting (DELE, skipped when leaving a copy) → disconnecting (QUIT commits, RFC 1939 §6).
// Each step runs whole on `client.step`, or one exchange per `client.exchange`.

import { assign, setup } from 'xstate'
import type { ClientEvent } from '../clients/events'
import { limitFor, runPlan } from '../clients/plan'
import { applyPop3UserAction, fileLocally, hasDeletable, keepLocalSentCopy, pop3Handlers, pop3Plans, type Pop3ClientContext } from '../clients/pop3Client'
import type { Wire } from '../wire'
import { dropSession, DROPPED, sessionSkeleton } from './sessionSkeleton'
import { disconnectingState, sessionGuards, stepState } from './stepStates'

export type { Pop3ClientContext } from '../clients/pop3Client'

export interface Pop3ClientInput {
  device: string
  user: string
  password: string
  leaveCopy: boolean
  wire: Wire
}

type StepName = keyof typeof pop3Plans

const emptySession = { retrieved: 0, stored: 0, marked: 0, committed: false }

export const pop3ClientMachine = setup({
  types: {
    context: {} as Pop3ClientContext,
    events: {} as ClientEvent,
    input: {} as Pop3ClientInput,
  },
  actions: {
    plan: assign(({ context }, params: { step: StepName }) => ({ plan: pop3Plans[params.step](context) })),
    /** Entering a step by `client.step` runs it whole; by `client.exchange`, its first item. */
    run: assign(({ context, event }, params: { step: StepName }) =>
      runPlan(context, params.step, limitFor(event.type), pop3Handlers),
    ),
    beginSession: assign({ fault: null, plan: [], listing: [], inFlight: [], marked: [], session: () => ({ ...emptySession }) }),
    /** A session that ends without QUIT commits nothing: DELE marks and unstored downloads are lost. */
    abandonSession: assign(dropSession<Pop3ClientContext>(() => ({ plan: [], listing: [], inFlight: [], marked: [] }))),
    markDropped: assign(DROPPED),
    localAction: assign(({ context, event }) => {
      if (event.type === 'user.read') return applyPop3UserAction(context, 'read', event.messageId)
      if (event.type === 'user.flag') return applyPop3UserAction(context, 'flag', event.messageId)
      if (event.type === 'user.delete') return applyPop3UserAction(context, 'delete', event.messageId)
      if (event.type === 'user.move') return fileLocally(context, event.messageId, event.folder)
      if (event.type === 'user.sent') return keepLocalSentCopy(context, event.raw)
      return {}
    }),
    changeSettings: assign(({ context, event }) =>
      event.type === 'settings.change' && event.leaveCopy !== undefined ? { leaveCopy: event.leaveCopy } : { leaveCopy: context.leaveCopy },
    ),
  },
  guards: {
    ...sessionGuards,
    hasDeletable: ({ context }) => hasDeletable(context),
  },
}).createMachine({
  id: 'pop3Client',
  context: ({ input }) => ({
    device: input.device,
    user: input.user,
    password: input.password,
    leaveCopy: input.leaveCopy,
    wire: input.wire,
    messages: [],
    known: {},
    listing: [],
    inFlight: [],
    marked: [],
    plan: [],
    fault: null,
    session: { ...emptySession },
    notice: null,
    folders: {},
    localNumbers: 0,
  }),
  on: {
    'user.read': { actions: 'localAction' },
    'user.flag': { actions: 'localAction' },
    'user.delete': { actions: 'localAction' },
    'user.move': { actions: 'localAction' },
    'user.sent': { actions: 'localAction' },
    'settings.change': { actions: 'changeSettings' },
  },
  ...sessionSkeleton({
    initialStep: 'connecting',
    steps: {
      connecting: stepState('connecting', 'authorizing', 'Connect'),
      authorizing: stepState('authorizing', 'retrieving', 'Log in'),
      retrieving: stepState('retrieving', 'storing', 'Retrieve'),
      storing: {
        meta: { label: 'Store locally' },
        entry: [{ type: 'plan', params: { step: 'storing' } }, { type: 'run', params: { step: 'storing' } }],
        on: {
          'client.step': [{ guard: 'planPending', actions: { type: 'run', params: { step: 'storing' } } }, { guard: 'hasDeletable', target: 'deleting' }, { target: 'disconnecting' }],
          'client.exchange': [{ guard: 'planPending', actions: { type: 'run', params: { step: 'storing' } } }, { guard: 'hasDeletable', target: 'deleting' }, { target: 'disconnecting' }],
        },
      },
      deleting: stepState('deleting', 'disconnecting', 'Delete from server'),
      disconnecting: disconnectingState('#pop3Client.idle'),
    },
  }),
})
