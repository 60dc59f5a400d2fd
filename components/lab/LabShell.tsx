'use client'
// The lab as the static HTML shows it, before the interactive lab's JavaScript (simulator, protocol
// server, explanations) has loaded: step 0 from the prerender, with the controls off. LabContainer
// swaps in the interactive lab as soon as it loads.
import { useId, type ReactNode } from 'react'
import type { LabConfig } from '@/lib/labConfig/labParams'
import type { Protocol } from '@/lib/protocols'
import type { LaneView, SimulationView } from '@/lib/simulator/view'
import { LabMotion } from './LabMotion'
import type { LabFirstPaint } from './labFirstPaint'
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

export function LabShell({ first, config, overlay }: { first: LabFirstPaint; config: LabConfig; overlay?: ReactNode }) {
  const view = onlyProtocols(first.view, config.protocols)
  return (
    <LabMotion>
      <div className="flex flex-col stage:min-h-0 stage:flex-1" data-lab-root="" aria-busy="true">
        <LabSessionView
          view={view}
          config={config}
          diagrams={first.diagrams}
          renderTranscript={renderPlaceholder}
          controls={{
            canPrevious: false,
            canNext: false,
            canReset: false,
            playing: false,
            onPrevious: nothing,
            onNext: nothing,
            onPlayPause: nothing,
            onReset: nothing,
            speed: 1,
            onSpeedChange: nothing,
            onGranularityChange: nothing,
          }}
          announcement=""
          onAnswer={nothing}
          onSkip={nothing}
          overlay={overlay}
        />
      </div>
    </LabMotion>
  )
}
