// The postMessage API v1 between an embedded lab and the page that frames it (docs/embedding.md).
// Pure (no React, no DOM globals): message shapes, builders from a SimulationView, validation of
// incoming commands, and the sender check. components/embed/useEmbedBridge wires these to window.

import type { SimulationView } from '@/lib/simulator/view'
import type { Protocol } from '@/lib/protocols'

export const MESSAGE_SOURCE = 'mail-protocol-lab'
export const MESSAGE_TARGET = 'mail-protocol-lab'
export const API_VERSION = 1

export interface LaneStepInfo {
  protocol: Protocol
  /** The device acting in this step, or null. */
  activeDevice: string | null
  /** The acting device's workflow step (e.g. "retrieving"), or null when no device acts. */
  workflowStep: string | null
  /** The acting device's protocol state (e.g. "TRANSACTION", "selected"), or null when not connected. */
  protocolState: string | null
  /** Every device of the lane, with its workflow step and protocol state. */
  devices: { id: string; workflowStep: string; protocolState: string | null; online: boolean }[]
}

interface Envelope {
  source: typeof MESSAGE_SOURCE
  version: typeof API_VERSION
}

export type OutgoingMessage = Envelope &
  (
    | { type: 'ready'; scenario: string; totalSteps: number }
    | { type: 'resize'; height: number }
    | {
        type: 'step'
        scenario: string
        index: number
        total: number
        /** Presses of "next" within this step (from 0), and how many the step takes. */
        tick: number
        ticksInStep: number
        lanes: LaneStepInfo[]
      }
    | { type: 'complete'; scenario: string }
    | { type: 'answer'; scenario: string; questionId: string; correct: boolean; skipped: boolean }
  )

export type OutgoingType = OutgoingMessage['type']

/** A command from a host page: the lab carries it out as if the learner pressed the matching control. */
export type LabCommand =
  | { command: 'next' }
  | { command: 'previous' }
  | { command: 'reset' }
  | { command: 'goto'; index: number }
  | { command: 'play' }
  | { command: 'pause' }

export const COMMANDS = ['next', 'previous', 'reset', 'goto', 'play', 'pause'] as const

const envelope: Envelope = { source: MESSAGE_SOURCE, version: API_VERSION }

export function readyMessage(view: Pick<SimulationView, 'scenarioId' | 'totalSteps'>): OutgoingMessage {
  return { ...envelope, type: 'ready', scenario: view.scenarioId, totalSteps: view.totalSteps }
}

/** Heights are whole CSS pixels, rounded up so the frame never clips the last pixel row. */
export function resizeMessage(height: number): OutgoingMessage {
  return { ...envelope, type: 'resize', height: Math.max(0, Math.ceil(height)) }
}

export function laneStepInfo(view: Pick<SimulationView, 'lanes'>): LaneStepInfo[] {
  const lanes: LaneStepInfo[] = []
  for (const protocol of ['pop3', 'imap'] as const) {
    const lane = view.lanes[protocol]
    if (!lane) continue
    const active = lane.devices.find((device) => device.id === lane.activeDevice) ?? null
    lanes.push({
      protocol,
      activeDevice: lane.activeDevice,
      workflowStep: active?.clientStep ?? null,
      protocolState: active?.protocolState ?? null,
      devices: lane.devices.map((device) => ({
        id: device.id,
        workflowStep: device.clientStep,
        protocolState: device.protocolState,
        online: device.online,
      })),
    })
  }
  return lanes
}

export type StepViewFields = 'scenarioId' | 'stepIndex' | 'totalSteps' | 'tick' | 'ticksInStep' | 'lanes'

export function stepMessage(view: Pick<SimulationView, StepViewFields>): OutgoingMessage {
  return {
    ...envelope,
    type: 'step',
    scenario: view.scenarioId,
    index: view.stepIndex,
    total: view.totalSteps,
    tick: view.tick,
    ticksInStep: view.ticksInStep,
    lanes: laneStepInfo(view),
  }
}

export function completeMessage(view: Pick<SimulationView, 'scenarioId'>): OutgoingMessage {
  return { ...envelope, type: 'complete', scenario: view.scenarioId }
}

/** `skipped`: the learner (or the host's `next`) passed on the question with "Just show me". */
export function answerMessage(scenario: string, questionId: string, correct: boolean, skipped = false): OutgoingMessage {
  return { ...envelope, type: 'answer', scenario, questionId, correct, skipped }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * An incoming message's command, or null for anything that is not a well-formed v1 command:
 * wrong target, unknown command, a goto without a whole, non-negative index. Never throws, even on
 * objects with hostile getters.
 */
export function parseCommand(data: unknown): LabCommand | null {
  try {
    if (!isRecord(data) || data.target !== MESSAGE_TARGET) return null
    if (data.version !== undefined && data.version !== API_VERSION) return null
    const command = data.command
    switch (command) {
      case 'next':
      case 'previous':
      case 'reset':
      case 'play':
      case 'pause':
        return { command }
      case 'goto': {
        const index = data.index
        return typeof index === 'number' && Number.isSafeInteger(index) && index >= 0 ? { command, index } : null
      }
      default:
        return null
    }
  } catch {
    return null
  }
}

export interface SenderCheck {
  /** MessageEvent.source */
  eventSource: unknown
  /** window.parent of the lab */
  parent: unknown
  /** MessageEvent.origin */
  origin: string
  /** From LabConfig: null allows any origin, [] allows none. */
  parentOrigins: readonly string[] | null
}

/** Commands count only from the framing window and, when parentOrigin is set, from those origins. */
export function isAllowedSender({ eventSource, parent, origin, parentOrigins }: SenderCheck): boolean {
  if (eventSource === null || eventSource === undefined || eventSource !== parent) return false
  if (parentOrigins === null) return true
  return parentOrigins.includes(origin)
}

/**
 * Where outgoing messages go: each allowed origin (only the parent's own delivers), or '*'. '*' is
 * the only target that reaches a parent whose origin is opaque (a sandboxed host) or unknown, and
 * it is safe: the events carry the lab's progress only, nothing secret about the learner. A lab in
 * a sandboxed frame can still name its parent: the target is matched against the receiver.
 */
export function targetOrigins(parentOrigins: readonly string[] | null): string[] {
  return parentOrigins && parentOrigins.length > 0 ? [...parentOrigins] : ['*']
}

/** A message the lab sent, as the host page sees it (for hosts and tests). */
export function isLabMessage(data: unknown): data is OutgoingMessage {
  return isRecord(data) && data.source === MESSAGE_SOURCE && data.version === API_VERSION && typeof data.type === 'string'
}
