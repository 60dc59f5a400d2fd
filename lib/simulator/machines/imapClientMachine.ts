// The IMAP client on one device for one account, following the article's steps:
// connecting (LOGIN, SELECT) → obtaining (flags, summaries, bodies opened or kept offline)
// → processing (UID STORE, EXPUNGE; LIST, then the other folders) → disconnecting (LOGOUT), or with push → IDLE and wait
// connected in session.idling (imapIdleStates.ts). A user action that needs the server starts a
// session by itself; offline, changes wait in `pending` until the next one.

import { assign, setup } from 'xstate'
import type { ClientEvent } from '../clients/events'
import { limitFor, runPlan } from '../clients/plan'
import { imapPlans, planObtaining, type ImapClientContext } from '../clients/imapClient'
import { applyImapUserAction, fileImapMessage, hasWork, keepSentCopy } from '../clients/imapUserActions'
import { imapPushHandlers, takePush, withDone } from '../clients/imapIdle'
import type { OfflineCopies } from '../world'
import type { Wire } from '../wire'
import { dropSession, DROPPED, sessionSkeleton } from './sessionSkeleton'
import { disconnectingState, sessionGuards, stepState } from './stepStates'
import { idleSteps } from './imapIdleStates'

export type { ImapClientContext } from '../clients/imapClient'

export interface ImapClientInput {
  device: string
  user: string
  password: string
  offlineCopies: OfflineCopies
  /** Stay connected in IDLE after each session (RFC 2177). */
  push?: boolean
  wire: Wire
}

type StepName = 'connecting' | 'obtaining' | 'processing' | 'disconnecting'

const emptySession = { summaries: 0, bodies: 0, stored: 0, expunged: 0 }

const skeleton = sessionSkeleton({
  initialStep: 'connecting',
  idleAlways: [{ guard: 'hasWork', target: 'session', actions: 'beginSession' }],
  idleOn: userActions('localActionOnline'),
  offlineOn: userActions('localActionOffline'),
  errorOn: userActions('localActionOffline'),
  steps: {
    connecting: stepState('connecting', 'obtaining', 'Connect and log in'),
    obtaining: stepState('obtaining', 'processing', 'Obtain'),
    ...idleSteps,
    disconnecting: disconnectingState('#imapClient.idle'),
  },
})

export const imapClientMachine = setup({
  types: {
    context: {} as ImapClientContext,
    events: {} as ClientEvent,
    input: {} as ImapClientInput,
  },
  actions: {
    plan: assign(({ context }, params: { step: StepName }) => {
      if (params.step === 'obtaining') return withDone(context, planObtaining(context))
      // The check asked for while idling is answered by this processing (its LIST included).
      if (params.step === 'processing') return { plan: imapPlans.processing(context), checkAsked: false }
      return { plan: imapPlans[params.step](context) }
    }),
    run: assign(({ context, event }, params: { step: StepName }) => runPlan(context, params.step, limitFor(event.type), imapPushHandlers)),
    beginSession: assign({
      fault: null,
      plan: [],
      tag: 0,
      exists: 0,
      uidNext: 0,
      seqUids: [],
      bodiesPlanned: false,
      resumed: false,
      arrived: false,
      waiting: false,
      wake: false,
      checkAsked: false,
      session: () => ({ ...emptySession }),
    }),
    /** Leaving IDLE on the same connection: the tag counter and mailbox view go on. */
    resume: assign({ plan: [], bodiesPlanned: false, resumed: true, wake: false, session: () => ({ ...emptySession }) }),
    takePush: assign(({ context }) => takePush(context)),
    wake: assign({ wake: true }),
    /** A check while idling (the user, or "check every N minutes"): wake for a whole sync. */
    wakeToCheck: assign({ wake: true, checkAsked: true }),
    abandonSession: assign(dropSession<ImapClientContext>(() => ({ plan: [], seqUids: [] }))),
    markDropped: assign(DROPPED),
    localActionOnline: assign(({ context, event }) => localAction(context, event, true)),
    localActionOffline: assign(({ context, event }) => localAction(context, event, false)),
    fileMessage: assign(({ context, event }) => (event.type === 'user.move' ? fileImapMessage(context, event.messageId, event.folder) : {})),
    keepSentCopy: assign(({ context, event }) => (event.type === 'user.sent' ? keepSentCopy(context, event.raw) : {})),
    changeSettings: assign(({ context, event }) =>
      event.type === 'settings.change' && event.offlineCopies !== undefined ? { offlineCopies: event.offlineCopies } : { offlineCopies: context.offlineCopies },
    ),
  },
  guards: {
    ...sessionGuards,
    hasWork: ({ context }) => hasWork(context),
    /** IDLE went out and the server is idling: the session rests in `idling`. */
    idleSent: ({ context }) => context.waiting && context.plan.length === 0 && context.fault === null,
    /** In IDLE, with a reason to talk: new mail, changes to send, a check or a renewal. */
    needsServer: ({ context }) => context.arrived || context.wake || hasWork(context),
  },
}).createMachine({
  id: 'imapClient',
  context: ({ input }) => ({
    device: input.device,
    user: input.user,
    password: input.password,
    offlineCopies: input.offlineCopies,
    push: input.push ?? false,
    resumed: false,
    arrived: false,
    waiting: false,
    wake: false,
    checkAsked: false,
    wire: input.wire,
    messages: [],
    uidValidity: null,
    pending: [],
    toOpen: [],
    tag: 0,
    exists: 0,
    uidNext: 0,
    seqUids: [],
    bodiesPlanned: false,
    plan: [],
    fault: null,
    session: { ...emptySession },
    notice: null,
    // None known until its first LIST (clients/imapList.ts).
    folderNames: [],
    folders: {},
    folderValidity: {},
    appends: [],
  }),
  on: {
    'settings.change': { actions: 'changeSettings' },
  },
  ...skeleton,
})

function localAction(context: ImapClientContext, event: ClientEvent, online: boolean) {
  if (event.type === 'user.read') return applyImapUserAction(context, 'read', event.messageId, online)
  if (event.type === 'user.flag') return applyImapUserAction(context, 'flag', event.messageId, online)
  if (event.type === 'user.delete') return applyImapUserAction(context, 'delete', event.messageId, online)
  return {}
}

/** The user's actions on the cache, handled by `action` (online in idle, offline elsewhere). */
function userActions(action: 'localActionOnline' | 'localActionOffline') {
  return {
    'user.read': { actions: action },
    'user.flag': { actions: action },
    'user.delete': { actions: action },
    'user.move': { actions: 'fileMessage' },
    'user.sent': { actions: 'keepSentCopy' },
  } as const
}
