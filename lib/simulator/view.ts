// The view of a simulation that the UI renders: plain, serialisable data derived from the
// simulation snapshot. This file is the contract between lib/simulator and components/.

import type { Protocol, ProtocolState } from '@/lib/protocols'

export type DeviceId = 'phone' | 'laptop' | 'tablet' | 'desktop'
export const DEVICE_IDS: readonly DeviceId[] = ['phone', 'laptop', 'tablet', 'desktop']
export const DEVICE_LABELS: Readonly<Record<DeviceId, string>> = {
  phone: 'Phone',
  laptop: 'Laptop',
  tablet: 'Tablet',
  desktop: 'Desktop',
}

/** A message as the server holds it. `key` is stable across server and devices (for layoutId). */
export interface ServerMessageView {
  key: string
  account: string
  mailbox: string
  uid: number
  subject: string
  from: string
  size: number
  /** Stored flags, e.g. ["\\Seen"]. */
  flags: string[]
  /** POP3: marked with DELE in an open session (not yet committed by QUIT). */
  markedForDeletion: boolean
}

/** A message as a device holds it locally. */
export interface DeviceMessageView {
  key: string
  account: string
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
  messages: DeviceMessageView[]
  /** Where this device's client machine is in the article's workflow, e.g. "retrieving". */
  clientStep: string
  /** The protocol state of its open connection, or null when not connected. */
  protocolState: ProtocolState | null
  /** The client machine's last transition in the step just taken (state names); null or absent: it did not move. */
  lastClientMove?: StateMove<string> | null
  /** The protocol state's last change in the step just taken (null ends: no connection); null or absent: none. */
  lastProtocolMove?: StateMove<ProtocolState | null> | null
}

/** One transition of a state diagram: the state left and the state entered. */
export interface StateMove<State> {
  from: State
  to: State
}

export interface TranscriptEntryView {
  /** Position in the lane's transcript, from 0. */
  index: number
  device: DeviceId
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
  server: { bytesUsed: number; quotaBytes: number; messages: ServerMessageView[] }
  devices: DeviceView[]
  metrics: LaneMetricsView
  transcript: TranscriptEntryView[]
  /** The device acting in the current step, if any (for the network line and highlight). */
  activeDevice: DeviceId | null
  /** The exchanges the last step added (indexes into transcript), highlighted by the UI. */
  lastExchanges: number[]
  /** One sentence saying what the last step did in this lane, for the live region. */
  outcome: string
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
  granularity: 'action' | 'step' | 'exchange'
  /** True when the learner's own actions (user.*, mail.deliver, …) are accepted. */
  freePlay: boolean
  /** The tick within the current step (0-based) and how many ticks the step takes at this granularity. */
  tick: number
  ticksInStep: number
}
