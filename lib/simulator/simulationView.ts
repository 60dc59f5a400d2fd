// Derives the UI's SimulationView (view.ts) from a simulation snapshot: a pure function of
// the snapshot's context, memoised per context so React selectors see stable objects.

import type { Protocol } from '@/lib/protocols'
import type { LaneFrame } from './capture'
import { describeOutcome } from './outcome'
import { locate, totalTicks } from './position'
import { laneReport, type SimulationReport } from './report'
import { allActions, runFor, type SimulationContext } from './simulationMachine'
import type { Exchange } from './exchange'
import type { LaneView, PredictionView, SimulationView, TranscriptEntryView } from './view'

const views = new WeakMap<SimulationContext, SimulationView>()
const transcriptViews = new WeakMap<readonly Exchange[], TranscriptEntryView[]>()

export function toSimulationView(snapshot: { context: SimulationContext }): SimulationView {
  const context = snapshot.context
  const cached = views.get(context)
  if (cached) return cached
  const run = runFor(context)
  const position = locate(context.cursor, context.ticks)
  const steps = context.scenario.steps
  const lanes: Partial<Record<Protocol, LaneView>> = {}
  const narration: Partial<Record<Protocol, string>> = {}
  for (const protocol of context.protocols) {
    const frame = run.frame(protocol, position.step, position.tick) as LaneFrame
    const transcript = run.transcript(protocol)
    const lane = toLaneView(protocol, frame, transcript)
    lanes[protocol] = lane
    if (position.step === 0) narration[protocol] = context.scenario.intro[protocol]
    else narration[protocol] = steps[position.step - 1]?.narration[protocol] ?? lane.outcome
  }
  const atEnd = position.step === 0 || position.tick >= context.ticks[position.step - 1] - 1
  const question = atEnd ? context.scenario.questions?.find((candidate) => candidate.beforeStep === position.step + 1) : undefined
  const total = allActions(context).length
  const view: SimulationView = {
    scenarioId: context.scenario.id,
    title: context.scenario.title,
    goal: context.scenario.goal,
    stepIndex: position.step,
    totalSteps: total,
    done: context.cursor >= totalTicks(context.ticks),
    narration,
    question: question ? toPredictionView(question, context.answers[question.id]) : null,
    lanes,
    granularity: context.granularity,
    freePlay: context.scenario.freePlay ?? false,
    tick: position.tick,
    ticksInStep: position.step === 0 ? 1 : context.ticks[position.step - 1],
  }
  views.set(context, view)
  return view
}

function toPredictionView(question: NonNullable<SimulationContext['scenario']['questions']>[number], chosen: number | undefined): PredictionView {
  const { id, prompt, choices, answerIndex, explanation } = question
  const skipped = chosen !== undefined && (chosen < 0 || chosen >= choices.length)
  return { id, prompt, choices, answerIndex, explanation, chosenIndex: chosen === undefined || skipped ? null : chosen, skipped }
}

function toLaneView(protocol: Protocol, frame: LaneFrame, transcript: readonly Exchange[]): LaneView {
  const [from, to] = frame.exchanges
  const lastExchanges: number[] = []
  for (let i = from; i < to; i++) lastExchanges.push(i)
  return {
    protocol,
    server: frame.server,
    devices: frame.devices,
    metrics: frame.metrics,
    transcript: transcriptView(transcript).slice(0, frame.transcriptLength),
    activeDevice: frame.activeDevice,
    lastExchanges,
    outcome: describeOutcome(frame, transcript),
    clockMinutes: frame.clockMinutes,
    minutesToSee: frame.minutesToSee,
  }
}

/** Transcript views are built once per exchange and reused by every later frame. */
function transcriptView(transcript: readonly Exchange[]): TranscriptEntryView[] {
  let views = transcriptViews.get(transcript)
  if (!views) transcriptViews.set(transcript, (views = []))
  for (let i = views.length; i < transcript.length; i++) {
    const { device, step, client, server, protocol } = transcript[i]
    views.push(protocol ? { index: i, device, step, client, server, protocol } : { index: i, device, step, client, server })
  }
  return views
}

/** The final state of every lane in the runner's JSON shape. */
export function toReport(context: SimulationContext): SimulationReport {
  const run = runFor(context)
  const count = allActions(context).length
  const lanes: SimulationReport['lanes'] = {}
  for (const protocol of context.protocols) {
    const frames = run.lanes[protocol]?.frames[count - 1]
    const frame = count === 0 ? run.frame(protocol, 0, 0) : frames?.[frames.length - 1]
    if (frame) lanes[protocol] = laneReport(frame, run.transcript(protocol))
  }
  return { scenario: context.scenario.id, lanes }
}
