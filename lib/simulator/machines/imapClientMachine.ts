// The IMAP client on one device for one account, following the article's steps:
// connecting (LOGIN, SELECT) → obtaining (flags, summaries, bodies opened or kept offline)
// → processing (UID STORE, EXPUNGE) → disconnecting (LOGOUT). A user action that needs the
// server starts a session by itself; offline, changes wait in `pending` until the next one.

import { assign, setup } from 'xstate'
import type { ClientEvent } from '../clients/events'
import { limitFor, runPlan } from '../clients/plan'
import { imapHandlers, imapPlans, planObtaining, type ImapClientContext } from '../clients/imapClient'
import { applyImapUserAction, fileImapMessage, hasWork, keepSentCopy } from '../clients/imapUserActions'
import type { OfflineCopies } from '../world'
import type { Wire } from '../wire'
import { dropSession, DROPPED, sessionSkeleton } from './sessionSkeleton'
import { disconnectingState, sessionGuards, stepState } from './stepStates'

export type { ImapClientContext } from '../clients/imapClient'

export interface ImapClientInput {
  device: string
  user: string
  password: string
  offlineCopies: OfflineCopies
  wire: Wire
  /** The folders it shows besides INBOX (the user's server folders, e.g. Sent and Archive). */
  folders?: readonly string[]
}

type StepName = 'connecting' | 'obtaining' | 'processing' | 'disconnecting'

const emptySession = { summaries: 0, bodies: 0, stored: 0, expunged: 0 }

export const imapClientMachine = setup({
  types: {
    context: {} as ImapClientContext,
    events: {} as ClientEvent,
    input: {} as ImapClientInput,
  },
  actions: {
    plan: assign(({ context }, params: { step: StepName }) =>
      params.step === 'obtaining' ? planObtaining(context) : { plan: imapPlans[params.step](context) },
    ),
    run: assign(({ context, event }, params: { step: StepName }) => runPlan(context, params.step, limitFor(event.type), imapHandlers)),
    beginSession: assign({ fault: null, plan: [], tag: 0, exists: 0, uidNext: 0, seqUids: [], bodiesPlanned: false, session: () => ({ ...emptySession }) }),
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
  },
}).createMachine({
  id: 'imapClient',
  context: ({ input }) => ({
    device: input.device,
    user: input.user,
    password: input.password,
    offlineCopies: input.offlineCopies,
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
    folderNames: [...(input.folders ?? [])],
    folders: {},
    folderValidity: {},
    appends: [],
  }),
  on: {
    'settings.change': { actions: 'changeSettings' },
  },
  ...sessionSkeleton({
    initialStep: 'connecting',
    idleAlways: [{ guard: 'hasWork', target: 'session', actions: 'beginSession' }],
    idleOn: userActions('localActionOnline'),
    offlineOn: userActions('localActionOffline'),
    errorOn: userActions('localActionOffline'),
    steps: {
      connecting: stepState('connecting', 'obtaining', 'Connect and log in'),
      obtaining: stepState('obtaining', 'processing', 'Obtain'),
      processing: stepState('processing', 'disconnecting', 'Process changes'),
      disconnecting: disconnectingState('#imapClient.idle'),
    },
  }),
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
