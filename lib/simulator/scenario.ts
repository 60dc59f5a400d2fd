// What a scenario is: a starting world, a list of user actions with narration per protocol,
// optional prediction questions, and the outcome each lane must reach (which tests assert).
// The words themselves live in content/scenarios; this file only gives them a shape.

import type { Protocol } from '@/lib/protocols'
import type { DeviceId } from './devices'
import type { SimAction } from './actions'
import type { WorldSpec } from './world'

export type Narration = Record<Protocol, string>

export interface ScenarioStep {
  action: SimAction
  narration: Narration
}

export interface PredictionQuestion {
  id: string
  /** Asked before this step runs (1 = before the first step). */
  beforeStep: number
  prompt: string
  choices: string[]
  answerIndex: number
  explanation: string
  /** The one wrong belief this question tests (a short id; no two questions share one). */
  misconception: string
}

export interface DeviceExpectation {
  /** False: the device is gone (lost). */
  present?: boolean
  online?: boolean
  /** Exactly these subjects in the INBOX, in any order. */
  subjects?: string[]
  /** Exactly these subjects in each named folder other than INBOX (an absent folder is empty). */
  folders?: Partial<Record<'Sent' | 'Archive', string[]>>
  /** Exactly these subjects waiting in the Outbox. */
  outbox?: string[]
  seen?: string[]
  unseen?: string[]
  withBody?: string[]
  withoutBody?: string[]
}

export interface LaneExpectation {
  /** `subjects`, `seen` and `unseen` are the INBOX; `folders` the others; `outbound` the relay queue. */
  server?: { subjects?: string[]; seen?: string[]; unseen?: string[]; folders?: Partial<Record<'Sent' | 'Archive', string[]>>; outbound?: string[] }
  devices?: Partial<Record<DeviceId, DeviceExpectation>>
  metrics?: {
    roundTrips?: number
    /** How long `device` took to hold the message with `subject`, in simulated minutes. */
    minutesToSee?: { subject: string; device: DeviceId; minutes: number }[]
  }
  /** Client lines (without tags) that must, or must not, appear in the transcript. */
  sent?: string[]
  notSent?: string[]
}

export type Measure = 'serverBytes' | 'deviceBytes' | 'roundTrips' | 'bytesToServer' | 'bytesFromServer'

/** A claim comparing the two lanes, e.g. POP3 uses fewer server bytes than IMAP. */
export interface Comparison {
  measure: Measure
  device?: DeviceId
  relation: 'pop3<imap' | 'pop3>imap' | 'equal'
}

export interface Scenario {
  id: string
  title: string
  goal: string
  /** The article's claims (numbered as in design.md) this scenario shows. */
  claims: number[]
  /** Narration shown on the starting world, before any step. */
  intro: Narration
  world: WorldSpec
  steps: ScenarioStep[]
  questions?: PredictionQuestion[]
  expected: Record<Protocol, LaneExpectation>
  comparisons?: Comparison[]
  /** Free play: the learner's own actions follow the (possibly empty) steps. */
  freePlay?: boolean
}

export type ScenarioCatalog = readonly Scenario[]
