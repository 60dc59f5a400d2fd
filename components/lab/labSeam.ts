// The seam between the lab container (components/lab, the `/` page) and the embedding layer: the
// props a lab takes so that `/embed` (and `/`) can configure it from URL parameters, follow it,
// and drive it from the host page's commands. Types only.

import type { RefObject } from 'react'
import type { LabConfig } from '@/lib/labConfig/labParams'
import type { SimulationView } from '@/lib/simulator/view'
import type { LabCommand } from '@/lib/embed/embedBridge'

/** A command from a host page (postMessage API v1, lib/embed/embedBridge.ts). */
export type { LabCommand }

/**
 * A host command, or a control the learner used on the first-paint shell before the interactive
 * lab had loaded (LabContainer keeps them and hands them over, in order, once it has).
 */
export type LabIntent =
  | LabCommand
  | { command: 'speed'; speed: number }
  | { command: 'granularity'; granularity: 'step' | 'exchange' }
  | { command: 'help' }
  | { command: 'answer'; choiceIndex: number }

/** Carries out host commands and the shell's handed-over controls. */
export type LabIntentHandler = (intent: LabIntent) => void

export interface LabEmbedProps {
  /** Scenario, lanes, devices, start step, autoplay, speed, panels and controls (from the URL). */
  config: LabConfig
  /** Called with every new view (at start, and after each step). */
  onViewChange?: (view: SimulationView) => void
  /** Called when the learner answers a prediction question, or skips it ("Just show me": skipped, never correct). */
  onAnswer?: (questionId: string, correct: boolean, skipped: boolean) => void
  /** The lab puts its command handler here, for the postMessage bridge and the shell's early clicks. */
  commandRef?: RefObject<LabIntentHandler | null>
}
