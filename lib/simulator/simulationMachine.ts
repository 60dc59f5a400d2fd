// The simulation: one scenario played under POP3 and IMAP from identical starting worlds. Its
// context is plain data (scenario, options, the learner's extra actions, a cursor), so a
// snapshot serialises to JSON or a URL token; the engine replays it into identical frames.

import { assign, setup } from 'xstate'
import type { Protocol } from '@/lib/protocols'
import { getRun, getRunInSlices } from './engine'
import { endOf, locate, totalTicks } from './position'
import type { Scenario, ScenarioCatalog } from './scenario'
import type { Granularity } from './view'
import type { SimAction } from './actions'
import { MAX_DEVICES } from './view'

export interface SimulationContext {
  scenario: Scenario
  protocols: Protocol[]
  granularity: Granularity
  /** Free play: the learner's actions after the scenario's own steps. */
  extra: SimAction[]
  cursor: number
  /** Presses of "next" each action takes at this granularity (derived, kept for cheap guards). */
  ticks: number[]
  /** Prediction answers: question id → choice index. */
  answers: Record<string, number>
  /** When true, "next" waits until the question before the next step is answered. */
  requireAnswers: boolean
}

export interface SimulationInput {
  scenarioId?: string
  /** A scenario given whole (e.g. a generated one); wins over scenarioId. */
  scenario?: Scenario
  protocols?: Protocol[]
  granularity?: Granularity
  extra?: SimAction[]
  cursor?: number
  answers?: Record<string, number>
  requireAnswers?: boolean
}

export type SimulationEvent =
  | { type: 'sim.next' }
  | { type: 'sim.previous' }
  | { type: 'sim.reset' }
  | { type: 'sim.goto'; index: number }
  | { type: 'sim.setGranularity'; granularity: Granularity }
  | { type: 'sim.answer'; questionId: string; choiceIndex: number }
  /** "Just show me": the learner passes on a prediction question; it counts as answered, unscored. */
  | { type: 'sim.skip'; questionId: string }
  | SimAction

export const USER_EVENT_TYPES = [
  'user.checkMail',
  'user.read',
  'user.delete',
  'user.flag',
  'user.goOffline',
  'user.goOnline',
  'user.send',
  'user.move',
  'mail.deliver',
  'net.drop',
  'device.lose',
  'device.add',
  'settings.change',
  'clock.advance',
] as const

/** Every action of the simulation: the scenario's steps, then the learner's own. */
export function allActions(context: Pick<SimulationContext, 'scenario' | 'extra'>): SimAction[] {
  return [...context.scenario.steps.map((step) => step.action), ...context.extra]
}

export function runFor(context: Pick<SimulationContext, 'scenario' | 'extra' | 'protocols' | 'granularity'>) {
  return getRun({ world: context.scenario.world, actions: allActions(context), protocols: context.protocols, granularity: context.granularity })
}

function ticksFor(context: Pick<SimulationContext, 'scenario' | 'extra' | 'protocols' | 'granularity'>): number[] {
  return runFor(context).ticks(allActions(context).length)
}

/** A context's settings for an input, before any replay; unknown scenario ids are an error. */
function simulationSettings(catalog: ScenarioCatalog, input: SimulationInput): Omit<SimulationContext, 'ticks' | 'cursor'> {
  const scenario = input.scenario ?? catalog.find((candidate) => candidate.id === input.scenarioId)
  if (!scenario) throw new Error(`Unknown scenario "${input.scenarioId ?? ''}"; known: ${catalog.map((s) => s.id).join(', ')}`)
  return {
    scenario,
    protocols: input.protocols && input.protocols.length > 0 ? [...input.protocols] : (['pop3', 'imap'] as Protocol[]),
    granularity: input.granularity ?? 'step',
    extra: scenario.freePlay ? [...(input.extra ?? [])] : [],
    answers: { ...(input.answers ?? {}) },
    requireAnswers: input.requireAnswers ?? false,
  }
}

/**
 * Replays the run createSimulationContext(catalog, input) needs into the engine's cache, one
 * action under one protocol per step of the generator, so a caller can spread it over tasks.
 */
export function* replayInSlices(catalog: ScenarioCatalog, input: SimulationInput): Generator<void, void> {
  const settings = simulationSettings(catalog, input)
  yield* getRunInSlices({ world: settings.scenario.world, actions: allActions(settings), protocols: settings.protocols, granularity: settings.granularity })
}

/** Builds the context for an input; unknown scenario ids are an error the caller must avoid. */
export function createSimulationContext(catalog: ScenarioCatalog, input: SimulationInput): SimulationContext {
  const base = simulationSettings(catalog, input)
  const ticks = ticksFor(base)
  const cursor = Math.max(0, Math.min(input.cursor ?? 0, totalTicks(ticks)))
  return { ...base, ticks, cursor }
}

/** The answer recorded for a skipped question: no choice's index, so it is never scored right. */
export const SKIPPED_ANSWER = -1

function questionPending(context: SimulationContext): boolean {
  if (!context.requireAnswers) return false
  const position = locate(context.cursor, context.ticks)
  const atEnd = position.step === 0 || position.tick >= context.ticks[position.step - 1] - 1
  if (!atEnd) return false
  const question = context.scenario.questions?.find((candidate) => candidate.beforeStep === position.step + 1)
  return question !== undefined && context.answers[question.id] === undefined
}

/** Whether a learner action makes sense at this point (free play, and the device exists or not). */
function userActionAllowed(context: SimulationContext, action: SimAction): boolean {
  if (!context.scenario.freePlay) return false
  const position = locate(context.cursor, context.ticks)
  if (position.step < context.scenario.steps.length) return false
  const run = runFor(context)
  const frame = run.frame(context.protocols[0], position.step, context.ticks[position.step - 1] ?? 0)
  const devices = frame?.devices.map((device) => device.id) ?? []
  if (action.type === 'mail.deliver' || action.type === 'clock.advance') return true
  if (action.type === 'device.add') return !devices.includes(action.device) && devices.length < MAX_DEVICES
  return devices.includes(action.device)
}

function withUserAction(context: SimulationContext, action: SimAction): Partial<SimulationContext> {
  const position = locate(context.cursor, context.ticks)
  const kept = Math.max(0, position.step - context.scenario.steps.length)
  const extra = [...context.extra.slice(0, kept), action]
  const next = { ...context, extra }
  const ticks = ticksFor(next)
  const start = endOf(position.step, ticks)
  return { extra, ticks, cursor: context.granularity === 'action' ? start + ticks[position.step] : start + 1 }
}

export function createSimulationMachine(catalog: ScenarioCatalog) {
  return setup({
    types: {
      context: {} as SimulationContext,
      events: {} as SimulationEvent,
      // `void` keeps input optional, so createActor(machine, { snapshot }) restores without one.
      input: {} as SimulationInput | void,
    },
    guards: {
      canNext: ({ context }) => context.cursor < totalTicks(context.ticks) && !questionPending(context),
      canPrevious: ({ context }) => context.cursor > 0,
      // Any whole, non-negative index: past the end goes to the end (endOf clamps, as the start step does).
      validGoto: ({ event }) => event.type === 'sim.goto' && Number.isInteger(event.index) && event.index >= 0,
      validAnswer: ({ context, event }) =>
        event.type === 'sim.answer' &&
        (context.scenario.questions ?? []).some((question) => question.id === event.questionId && event.choiceIndex >= 0 && event.choiceIndex < question.choices.length),
      validSkip: ({ context, event }) =>
        event.type === 'sim.skip' &&
        (context.scenario.questions ?? []).some((question) => question.id === event.questionId) &&
        context.answers[event.questionId] === undefined,
      userActionAllowed: ({ context, event }) => (USER_EVENT_TYPES as readonly string[]).includes(event.type) && userActionAllowed(context, event as SimAction),
    },
    actions: {
      next: assign({ cursor: ({ context }) => context.cursor + 1 }),
      previous: assign({ cursor: ({ context }) => context.cursor - 1 }),
      reset: assign(({ context }) => {
        const base = { ...context, extra: [], answers: {} }
        return { extra: [], answers: {}, cursor: 0, ticks: ticksFor(base) }
      }),
      goto: assign(({ context, event }) => (event.type === 'sim.goto' ? { cursor: endOf(event.index, context.ticks) } : {})),
      setGranularity: assign(({ context, event }) => {
        if (event.type !== 'sim.setGranularity') return {}
        const position = locate(context.cursor, context.ticks)
        const ticks = ticksFor({ ...context, granularity: event.granularity })
        return { granularity: event.granularity, ticks, cursor: endOf(position.step, ticks) }
      }),
      answer: assign(({ context, event }) => (event.type === 'sim.answer' ? { answers: { ...context.answers, [event.questionId]: event.choiceIndex } } : {})),
      skip: assign(({ context, event }) => (event.type === 'sim.skip' ? { answers: { ...context.answers, [event.questionId]: SKIPPED_ANSWER } } : {})),
      userAction: assign(({ context, event }) => withUserAction(context, event as SimAction)),
    },
  }).createMachine({
    id: 'simulation',
    context: ({ input }) => createSimulationContext(catalog, input || {}),
    initial: 'ready',
    states: {
      ready: {
        on: {
          'sim.next': { guard: 'canNext', actions: 'next' },
          'sim.previous': { guard: 'canPrevious', actions: 'previous' },
          'sim.reset': { actions: 'reset' },
          'sim.goto': { guard: 'validGoto', actions: 'goto' },
          'sim.setGranularity': { actions: 'setGranularity' },
          'sim.answer': { guard: 'validAnswer', actions: 'answer' },
          'sim.skip': { guard: 'validSkip', actions: 'skip' },
          ...Object.fromEntries(USER_EVENT_TYPES.map((type) => [type, { guard: 'userActionAllowed', actions: 'userAction' }])),
        },
      },
    },
  })
}

export type SimulationMachine = ReturnType<typeof createSimulationMachine>
