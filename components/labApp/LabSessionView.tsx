'use client'
// What a lab session shows, from a view and handlers: the step controls, narration and the live
// region, the prediction question, the two lanes, free play, and the comparison at the end.
// Rendering only: the interactive session (LabSession) and the first-paint shell (LabShell) share it.
import type { ReactNode } from 'react'
import { ShortcutsDialog } from '@/components/controls/ShortcutsDialog'
import { StepControls, type StepControlsProps } from '@/components/controls/StepControls'
import type { LabConfig } from '@/components/embed/labParams'
import { ComparisonTable } from '@/components/lab/ComparisonTable'
import type { DeviceActions } from '@/components/lab/DevicePanel'
import { LabLanes } from '@/components/lab/LabLanes'
import { Narration } from '@/components/lab/Narration'
import { MythCards } from '@/components/myths/MythCards'
import type { Protocol } from '@/lib/protocols'
import type { DeviceId, LaneView, SimulationView } from '@/lib/simulator/view'
import type { LabDiagrams } from './diagrams'
import { FreePlayPanel, type FreePlayPanelProps } from './FreePlayPanel'
import { LabLane } from './LabLane'
import { PredictionQuestion } from './PredictionQuestion'

export type ControlProps = Omit<StepControlsProps, 'granularity' | 'position' | 'variant'>

export interface LabSessionViewProps {
  view: SimulationView
  config: Pick<LabConfig, 'diagram' | 'transcript' | 'controls'>
  diagrams: LabDiagrams
  renderTranscript?: (lane: LaneView) => ReactNode
  controls: ControlProps
  helpOpen: boolean
  onCloseHelp: () => void
  /** The live region's sentence for the last step. */
  announcement: string
  onAnswer: (choiceIndex: number) => void
  deviceActions?: (lane: LaneView) => Partial<Record<DeviceId, DeviceActions>>
  onDeliver?: () => void
  /** Free play's bar, when the machine takes the learner's actions. */
  freePlay?: Omit<FreePlayPanelProps, 'onDeliver'> | null
}

export function positionText(view: SimulationView): string {
  const part = view.stepIndex > 0 && view.ticksInStep > 1 ? `, part ${view.tick + 1} of ${view.ticksInStep}` : ''
  return `Step ${view.stepIndex} of ${view.totalSteps}${part}`
}

export function LabSessionView(props: LabSessionViewProps) {
  const { view, config, diagrams, renderTranscript, controls, helpOpen, onCloseHelp, announcement, onAnswer, deviceActions, onDeliver, freePlay } = props
  const protocols = (['pop3', 'imap'] as Protocol[]).filter((protocol) => view.lanes[protocol])
  const lanes: Partial<Record<Protocol, ReactNode>> = {}
  for (const protocol of protocols) {
    const lane = view.lanes[protocol] as LaneView
    lanes[protocol] = (
      <LabLane
        lane={lane}
        diagram={diagrams[protocol]}
        showDiagram={config.diagram === 'show'}
        renderTranscript={config.transcript === 'show' ? renderTranscript : undefined}
        deviceActions={deviceActions?.(lane)}
        onDeliver={onDeliver}
      />
    )
  }
  return (
    <div className="flex flex-col gap-4">
      <div className="-mx-1 bg-surface px-1 py-2 sm:sticky sm:top-0 sm:z-10">
        <StepControls
          {...controls}
          granularity={view.granularity === 'exchange' ? 'exchange' : 'step'}
          variant={config.controls}
          position={positionText(view)}
        />
      </div>
      <ShortcutsDialog open={helpOpen} onClose={onCloseHelp} />
      <Narration narration={view.narration} announcement={announcement} protocols={protocols} />
      {view.question && <PredictionQuestion key={view.question.id} question={view.question} onAnswer={onAnswer} />}
      <LabLanes lanes={lanes} />
      {freePlay && <FreePlayPanel {...freePlay} />}
      {view.done && <MythCards view={view} />}
      {view.done && (
        <div className="flex flex-col gap-2">
          <h2 className="text-xl font-semibold tracking-tight">End of the scenario: how POP3 and IMAP compare</h2>
          <ComparisonTable lanes={view.lanes} />
        </div>
      )}
    </div>
  )
}
