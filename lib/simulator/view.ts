// The view of a simulation that the UI renders: plain, serialisable data derived from the
// simulation snapshot. This file is the contract between lib/simulator and components/.

import type { Protocol, ProtocolState } from '@/lib/protocols'
import type { MessageListing } from '@/lib/protocols/wire'

import type { DeviceId } from './devices'
import type { Speaker } from './exchange'

// The device vocabulary is part of the contract: components name devices by these.
export { DEVICE_IDS, DEVICE_LABELS, MAX_DEVICES, RELAY_LABEL } from './devices'
export type { DeviceId } from './devices'
export { FOLDER_NAMES, messageKey } from './actions'
export type { FolderName } from './actions'
export type { Speaker } from './exchange'

/** A message as the server holds it. `key` is stable across server and devices (for layoutId). */
export interface ServerMessageView extends MessageListing {
  key: string
  account: string
  mailbox: string
  /** POP3: marked with DELE in an open session (not yet committed by QUIT). */
  markedForDeletion: boolean
}

/** A message as a device holds it locally. */
export interface DeviceMessageView {
  key: string
  account: string
  /** The folder it is filed in on this device (POP3: INBOX, or Sent for what it sent). */
  folder: string
  uid: number
  subject: string
  from: string
  size: number
  seen: boolean
  flagged: boolean
  /** IMAP: \Deleted set locally or on the server but not yet expunged. */
  deleted: boolean
  /** False when only the headers/envelope are cached (IMAP without an offline copy). */
  hasBody: boolean
}

export interface AccountSettingsView {
  account: string
  protocol: Protocol
  /** POP3 only: keep messages on the server after downloading them. */
  leaveCopy: boolean
  /** IMAP only: what the device keeps for offline reading. */
  offlineCopies: 'none' | 'headers' | 'full'
}

export interface DeviceView {
  id: DeviceId
  label: string
  online: boolean
  bytesUsed: number
  accounts: AccountSettingsView[]
  /** Every message the device shows, in every folder: INBOX first, then the others (`folder` says which). */
  messages: DeviceMessageView[]
  /** Where this device's client machine is in the article's workflow, e.g. "retrieving". */
  clientStep: string
  /** The protocol state of its open connection, or null when not connected. */
  protocolState: ProtocolState | null
  /** Messages written on this device and not yet submitted (it was offline), oldest first. */
  outbox: OutboxMessageView[]
  /** IMAP push: connected and waiting in IDLE (RFC 2177), so new mail reaches it at once. */
  idling: boolean
  /** The simulated minute of its next automatic check (checkEvery), or null if it does not poll. */
  nextCheckAt: number | null
  /** The client machine's last transition in the step just taken (state names); null or absent: it did not move. */
  lastClientMove?: StateMove<string> | null
  /** The protocol state's last change in the step just taken (null ends: no connection); null or absent: none. */
  lastProtocolMove?: StateMove<ProtocolState | null> | null
}

export interface OutboxMessageView {
  /** Stable within the device: `${account}:outbox:${n}`. */
  key: string
  account: string
  to: string
  subject: string
  size: number
}

/** A message the server accepted for another domain and queued for relaying (it never leaves). */
export interface OutboundMessageView {
  from: string
  to: string[]
  subject: string
  size: number
}

/** How long after delivery a device first held a message (simulated minutes). */
export interface MinutesToSeeView {
  key: string
  subject: string
  device: DeviceId
  minutes: number
}

/** One transition of a state diagram: the state left and the state entered. */
export interface StateMove<State> {
  from: State
  to: State
}

export interface TranscriptEntryView {
  /** Position in the lane's transcript, from 0. */
  index: number
  /** The device, or `relay` (the sender's server handing over mail from outside). */
  device: Speaker
  /** Set only for an exchange in another protocol than the lane's: 'smtp'. */
  protocol?: 'smtp'
  /** The workflow step that sent it, e.g. "retrieving". */
  step: string
  /** The client line, or null for the greeting or a push without a command. */
  client: string | null
  /** Everything the server wrote in reply, CRLF line ends. */
  server: string
}

export interface LaneMetricsView {
  roundTrips: number
  bytesToServer: number
  bytesFromServer: number
}

export interface LaneView {
  protocol: Protocol
  /** `messages` holds every mailbox of every account (`mailbox` says which); `outbound` the relay queue. */
  server: { bytesUsed: number; quotaBytes: number; messages: ServerMessageView[]; outbound: OutboundMessageView[] }
  devices: DeviceView[]
  metrics: LaneMetricsView
  transcript: TranscriptEntryView[]
  /** The device acting in the current step, if any (for the network line and highlight). */
  activeDevice: DeviceId | null
  /** The exchanges the last step added (indexes into transcript), highlighted by the UI. */
  lastExchanges: number[]
  /** One sentence saying what the last step did in this lane, for the live region. */
  outcome: string
  /** Simulated minutes since the scenario began (moved only by clock.advance). */
  clockMinutes: number
  /** For each delivered message and device that has it: how long the device took to learn of it. */
  minutesToSee: MinutesToSeeView[]
}

export interface PredictionView {
  id: string
  prompt: string
  choices: string[]
  answerIndex: number
  explanation: string
  /** The learner's answer, or null before they answer. */
  chosenIndex: number | null
  /** The learner chose "Just show me": no answer, and the step may run. */
  skipped: boolean
}

/** How far one "next" moves each lane: a whole scenario action, one workflow step, or one exchange. */
export type Granularity = 'action' | 'step' | 'exchange'

export interface SimulationView {
  scenarioId: string
  title: string
  goal: string
  /** 0 is the starting world; totalSteps is the end. */
  stepIndex: number
  totalSteps: number
  done: boolean
  /** The narration of the step just taken (or the introduction at step 0), per protocol. */
  narration: Partial<Record<Protocol, string>>
  /** A question to answer before the next step runs, when the scenario has one there. */
  question: PredictionView | null
  lanes: Partial<Record<Protocol, LaneView>>
  /** How far "next" moves: a whole action, one workflow step, or one exchange. */
  granularity: Granularity
  /** True when the learner's own actions (user.*, mail.deliver, …) are accepted. */
  freePlay: boolean
  /** The subject the learner's next free-play delivery gets, e.g. "New message 2" (lib/simulator/delivery.ts). */
  nextDeliverySubject: string
  /** The tick within the current step (0-based) and how many ticks the step takes at this granularity. */
  tick: number
  ticksInStep: number
}
