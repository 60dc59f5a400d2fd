'use client'
// The lab as the static HTML shows it, before the interactive lab's JavaScript (simulator, protocol
// server, explanations) has loaded: step 0 from the prerender. Once hydrated its controls are live:
// each one the learner uses (Next, Play, the speed, the step size, the shortcuts' help, and their
// keys) goes to `onIntent`, which loads the lab and hands them over to it in order, so no early
// click or key is lost. LabContainer swaps in the interactive lab when it has loaded.
import { useState, useId, type ReactNode } from 'react'
import { useHydrated } from '@/components/platform/useHydrated'
import { useLabShortcuts } from '@/components/controls/useLabShortcuts'
import type { LabConfig } from '@/lib/labConfig/labParams'
import type { Protocol } from '@/lib/protocols'
import type { LaneView, SimulationView } from '@/lib/simulator/view'
import type { LabFirstPaint } from './labFirstPaint'
import type { LabIntent } from './labSeam'
import { LabSessionView } from './LabSessionView'
import { PROTOCOL_LABELS } from '@/lib/protocols/names'

const nothing = () => {}

function TranscriptPlaceholder({ lane }: { lane: LaneView }) {
  const id = useId()
  return (
    <div role="group" aria-labelledby={id} className="flex min-w-0 flex-col gap-2 rounded-xl border border-line bg-surface-sunken p-2">
      <h3 id={id} className="px-1 text-base font-semibold">
        {PROTOCOL_LABELS[lane.protocol]} transcript
      </h3>
      <p className="text-sm text-ink-muted">Nothing has been said on the wire yet.</p>
    </div>
  )
}

const renderPlaceholder = (lane: LaneView) => <TranscriptPlaceholder lane={lane} />

/** Step 0 as the URL's `protocols` asks, so a one-lane link never flashes the other lane. */
function onlyProtocols(view: SimulationView, protocols: readonly Protocol[]): SimulationView {
  const pick = <T,>(record: Partial<Record<Protocol, T>>) =>
    Object.fromEntries(protocols.filter((protocol) => record[protocol] !== undefined).map((protocol) => [protocol, record[protocol]])) as Partial<Record<Protocol, T>>
  return { ...view, lanes: pick(view.lanes), narration: pick(view.narration) }
}

export interface LabShellProps {
  first: LabFirstPaint
  config: LabConfig
  overlay?: ReactNode
  /** A control the learner used here, for the interactive lab to carry out once loaded. */
  onIntent: (intent: LabIntent) => void
  /** A use waits for the lab, which is still loading: the shell says so (seen and heard). */
  loading?: boolean
}

export function LabShell({ first, config, overlay, onIntent, loading = false }: LabShellProps) {
  // The static HTML's controls stay off (nothing would answer them before hydration).
  const hydrated = useHydrated()
  const [playing, setPlaying] = useState(false)
  const [speed, setSpeed] = useState<number | null>(null)
  const [granularity, setGranularity] = useState<'step' | 'exchange'>(first.view.granularity === 'exchange' ? 'exchange' : 'step')
  // The question step 0 may ask, answered or skipped here; the lab is told the same.
  const [chosenIndex, setChosenIndex] = useState<number | null>(null)
  const [skipped, setSkipped] = useState(false)
  const asked = first.view.question
  const question = asked && { ...asked, chosenIndex: asked.chosenIndex ?? chosenIndex, skipped: asked.skipped || skipped }
  const waiting = Boolean(question && question.chosenIndex === null && !question.skipped)
  // As in the lab: Next (and its key) waits for an answer; "Just show me" skips and steps.
  const next = () => {
    if (!waiting) onIntent({ command: 'next' })
  }
  const skip = () => {
    setSkipped(true)
    onIntent({ command: 'next' })
  }
  const answer = (choiceIndex: number) => {
    setChosenIndex(choiceIndex)
    onIntent({ command: 'answer', choiceIndex })
  }
  const togglePlay = () => {
    setPlaying(!playing)
    onIntent({ command: playing ? 'pause' : 'play' })
  }
  const help = () => onIntent({ command: 'help' })
  // Step 0: there is nothing to go back to or reset.
  useLabShortcuts({ previous: nothing, next, togglePlay, reset: nothing, help }, hydrated)
  const view = { ...onlyProtocols(first.view, config.protocols), granularity, question }
  return (
    <div className="flex flex-col stage:min-h-0 stage:flex-1" data-lab-root="" aria-busy={!hydrated || loading}>
      <LabSessionView
        view={view}
        config={config}
        diagrams={first.diagrams}
        renderTranscript={renderPlaceholder}
        controls={{
          canPrevious: false,
          canNext: hydrated && !waiting,
          canReset: false,
          playing,
          onPrevious: nothing,
          onNext: next,
          onPlayPause: togglePlay,
          onReset: nothing,
          speed: speed ?? config.speed,
          onSpeedChange: (value) => {
            setSpeed(value)
            onIntent({ command: 'speed', speed: value })
          },
          onGranularityChange: (value) => {
            setGranularity(value)
            onIntent({ command: 'granularity', granularity: value })
          },
          // Drawn from the start, as in the lab, so nothing moves when the lab swaps in.
          onShowHelp: help,
        }}
        announcement={loading ? 'Loading the interactive lab…' : ''}
        positionNote={loading ? 'loading…' : undefined}
        onAnswer={hydrated ? answer : nothing}
        onSkip={hydrated ? skip : nothing}
        overlay={overlay}
      />
    </div>
  )
}
