'use client'
// What a lab session shows, from a view and handlers. On the stage (from 900×560) it is one
// screen that never scrolls: the controls, the narration and any question on top, both lanes
// filling the middle, and the dock (transcripts, state diagrams, comparison, free play) taking what
// room is left below. On phones the page scrolls one lane, the controls and narration sit in a
// bottom sheet, and after each step the panel that changed scrolls into view.
// Rendering only: the interactive session (LabSession) and the first-paint shell (LabShell) share it.
import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { StepControls, type StepControlsProps } from '@/components/controls/StepControls'
import type { LabConfig } from '@/lib/labConfig/labParams'
import type { DeviceActions } from '@/components/lanes/DevicePanel'
import { Lane, laneNeed } from '@/components/lanes/Lane'
import { LaneSwitcher } from '@/components/lanes/LaneSwitcher'
import { buttonClass } from '@/components/lanes/styles'
import { mediaMatches, prefersReducedMotion } from '@/components/platform/media'
import type { Protocol } from '@/lib/protocols'
import type { DeviceId, LaneView, SimulationView } from '@/lib/simulator/view'
import { DeviceDiagrams } from '@/components/diagrams/DeviceDiagrams'
import type { LabDiagrams } from './diagrams'
import { FlightLayer } from './FlightLayer'
import { FreePlayPanel, type FreePlayPanelProps } from './FreePlayPanel'
import { LabCarryContext } from './labCarry'
import { LabDock, type DockTab } from './LabDock'
import { LANE_IDS, LabLanes } from './LabLanes'
import { Narration } from './Narration'
import { PredictionQuestion } from './PredictionQuestion'
import { NO_CHANGES, stepChanges, type StepChanges } from '@/lib/viewModel/stepChanges'

export type ControlProps = Omit<StepControlsProps, 'granularity' | 'position' | 'variant'>

export interface LabSessionViewProps {
  view: SimulationView
  config: Pick<LabConfig, 'diagram' | 'transcript' | 'controls'>
  diagrams: LabDiagrams
  renderTranscript?: (lane: LaneView) => ReactNode
  controls: ControlProps
  /**
   * The end-of-scenario comparison (myth cards and the table), given by the interactive lab so its
   * code and words stay out of the first-paint shell, which never shows a scenario's end.
   */
  renderComparison?: (view: SimulationView) => ReactNode
  /** Dialogs the interactive lab opens (the keyboard shortcuts' help); none in the shell. */
  dialogs?: ReactNode
  /** The live region's sentence for the last step. */
  announcement: string
  /** Shown after the position (e.g. "Step 0 of 12"): the shell says it is loading the lab. */
  positionNote?: string
  onAnswer: (choiceIndex: number) => void
  /** "Just show me": skip the waiting question and run the step. */
  onSkip: () => void
  deviceActions?: (lane: LaneView) => Partial<Record<DeviceId, DeviceActions>>
  onDeliver?: () => void
  /** Free play's tools, when the machine takes the learner's actions. */
  freePlay?: Omit<FreePlayPanelProps, 'onDeliver'> | null
  /** Shown over the lanes (the first-visit welcome). */
  overlay?: ReactNode
}

export function positionText(view: SimulationView): string {
  const part = view.stepIndex > 0 && view.ticksInStep > 1 ? `, part ${view.tick + 1} of ${view.ticksInStep}` : ''
  return `Step ${view.stepIndex} of ${view.totalSteps}${part}`
}

const STAGE_QUERY = '(min-width: 900px) and (min-height: 560px)'
/** The dock's tab strip: the least it takes on the stage (the same 6rem as `stage:min-h-24` below). */
const DOCK_MIN = 96

/** The dock tab to follow: free play when it opens, the comparison when a scenario ends. */
function followTab(before: { done: boolean; play: boolean }, after: { done: boolean; play: boolean }): string | null {
  if (after.play && !before.play) return 'play'
  if (after.done && !before.done && !after.play) return 'compare'
  return null
}

function DiagramsTab({ view, diagrams, protocols }: { view: SimulationView; diagrams: LabDiagrams; protocols: Protocol[] }) {
  return (
    <div className="grid gap-2 stage:grid-cols-2">
      {protocols.map((protocol) => {
        const lane = view.lanes[protocol] as LaneView
        const device = lane.devices.find((candidate) => candidate.id === lane.activeDevice) ?? lane.devices[0]
        return <DeviceDiagrams key={protocol} protocol={protocol} layouts={diagrams[protocol]} device={device} />
      })}
    </div>
  )
}

export function LabSessionView(props: LabSessionViewProps) {
  const { view, config, diagrams, renderTranscript, renderComparison, controls, dialogs, announcement, positionNote, onAnswer, onSkip, deviceActions, onDeliver, freePlay, overlay } = props
  const protocols = (['pop3', 'imap'] as Protocol[]).filter((protocol) => view.lanes[protocol])
  const carry = useContext(LabCarryContext)
  const [carried] = useState(() => carry?.read() ?? {})
  const [shownLane, setLane] = useState<Protocol>(carried.lane ?? protocols[0] ?? 'pop3')
  const [moreControls, setMore] = useState(carried.moreControls ?? false)
  const setShownLane = (lane: Protocol) => {
    carry?.note({ lane })
    setLane(lane)
  }
  const setMoreControls = (more: (value: boolean) => boolean) => {
    const next = more(moreControls)
    carry?.note({ moreControls: next })
    setMore(next)
  }
  const shown = protocols.includes(shownLane) ? shownLane : (protocols[0] ?? 'pop3')

  // What the last step changed (derived from the view before, not an effect).
  const [tracked, setTracked] = useState<{ view: SimulationView; changes: StepChanges }>({ view, changes: NO_CHANGES })
  if (tracked.view !== view) setTracked({ view, changes: stepChanges(tracked.view, view) })
  const { changes } = tracked

  const flags = { done: view.done, play: Boolean(freePlay) }
  const [tab, setTab] = useState<{ id: string; flags: typeof flags }>({ id: carried.dockTab ?? (freePlay ? 'play' : view.done ? 'compare' : 'transcripts'), flags })
  if (tab.flags.done !== flags.done || tab.flags.play !== flags.play) setTab({ id: followTab(tab.flags, flags) ?? tab.id, flags })

  // The bottom sheet's height, for the page's bottom padding and the panels' scroll margin.
  const rootRef = useRef<HTMLDivElement>(null)
  const sheetRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const sheet = sheetRef.current
    const root = rootRef.current
    if (!sheet || !root || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      const fixed = getComputedStyle(sheet).position === 'fixed'
      root.style.setProperty('--sheet-h', fixed ? `${Math.ceil(sheet.getBoundingClientRect().height)}px` : '0px')
    })
    observer.observe(sheet)
    return () => observer.disconnect()
  }, [])

  // On the stage the dock gets what the lanes leave over (up to 30% of the window), never more.
  // The session's box and the top block's height are read when they resize (a ResizeObserver
  // callback runs after layout, so the read is free) and once when the view mounts; a step that
  // changes what the lanes need reuses them. Reading them in that step's commit forced a layout of
  // the page, laid out again for the new dock height (issue 14: 8–14 ms in an autoplay step).
  const topRef = useRef<HTMLDivElement>(null)
  const [dockHeight, setDockHeight] = useState<number | null>(null)
  const need = Math.max(0, ...protocols.map((protocol) => laneNeed(view.lanes[protocol] as LaneView, Boolean(freePlay))))
  const sizes = useRef<{ root: number; top: number } | null>(null)
  const needRef = useRef(need)
  const fitDock = useCallback(() => {
    if (!sizes.current || !mediaMatches(STAGE_QUERY)) return setDockHeight(null)
    const free = sizes.current.root - sizes.current.top - needRef.current - 16
    setDockHeight(Math.max(DOCK_MIN, Math.min(Math.round(window.innerHeight * 0.3), free)))
  }, [])
  // Layout effects: measured before the browser paints (on hydration and at the swap), so the dock
  // never shows at one height and then another.
  useLayoutEffect(() => {
    const root = rootRef.current
    const top = topRef.current
    if (!root || !top || typeof ResizeObserver === 'undefined') return
    const read = () => {
      sizes.current = { root: root.clientHeight, top: top.offsetHeight }
    }
    const observer = new ResizeObserver(() => {
      read()
      fitDock()
    })
    observer.observe(root)
    observer.observe(top)
    read()
    return () => observer.disconnect()
  }, [fitDock])
  useLayoutEffect(() => {
    needRef.current = need
    fitDock()
  }, [need, fitDock])

  // Phones: after each step, bring the panel that changed (else the device that talked) into view.
  useEffect(() => {
    if (changes === NO_CHANGES || mediaMatches(STAGE_QUERY)) return
    const laneElement = document.getElementById(LANE_IDS[shown])
    const places = changes.lanes[shown]
    const first = places ? [...places.keys()][0] : undefined
    const active = view.lanes[shown]?.activeDevice
    const target =
      (first && laneElement?.querySelector<HTMLElement>(`[data-place="${shown}|${first}"]`)) ||
      (active && laneElement?.querySelector<HTMLElement>(`[data-place="${shown}|${active}"]`)) ||
      null
    if (!target || typeof target.scrollIntoView !== 'function') return
    const reduce = prefersReducedMotion()
    target.scrollIntoView({ block: 'nearest', behavior: reduce ? 'instant' : 'smooth' })
  }, [changes, shown, view.lanes])

  const lanes: Partial<Record<Protocol, ReactNode>> = {}
  for (const protocol of protocols) {
    const lane = view.lanes[protocol] as LaneView
    lanes[protocol] = (
      <Lane lane={lane} deviceActions={deviceActions?.(lane)} onDeliver={onDeliver} changes={changes.lanes[protocol]} className="stage:flex-1" />
    )
  }

  const tabs: DockTab[] = []
  if (freePlay) tabs.push({ id: 'play', label: 'Free play', content: <FreePlayPanel {...freePlay} /> })
  if (config.transcript === 'show' && renderTranscript) {
    tabs.push({
      id: 'transcripts',
      label: 'Transcripts',
      content: (
        <div className="grid h-full min-h-0 gap-2 stage:grid-cols-2">
          {protocols.map((protocol) => (
            <div key={protocol} className={`min-h-0 min-w-0 ${protocol === shown ? '' : 'sheet:hidden'}`}>
              {renderTranscript(view.lanes[protocol] as LaneView)}
            </div>
          ))}
        </div>
      ),
    })
  }
  if (config.diagram === 'show') tabs.push({ id: 'diagrams', label: 'State diagrams', content: <DiagramsTab view={view} diagrams={diagrams} protocols={protocols} /> })
  tabs.push({
    id: 'compare',
    label: 'Comparison',
    content: view.done && renderComparison ? (
      renderComparison(view)
    ) : (
      <p className="text-sm text-ink-muted">At the end of the scenario, a table here compares what the server and each device hold under POP3 and IMAP.</p>
    ),
  })

  return (
    <div ref={rootRef} className="flex flex-col gap-2 sheet:pb-(--sheet-h) stage:min-h-0 stage:flex-1">
      <div ref={topRef} className="flex flex-col gap-2">
      <div className="flex min-w-0 flex-wrap items-baseline gap-x-2 text-sm">
        <h2 className="font-semibold">{view.title}</h2>
        <p className="min-w-0 text-ink-muted stage:flex-1 stage:truncate" title={view.goal}>
          <span className="font-medium text-ink">Goal:</span> {view.goal}
        </p>
      </div>
      <div
        ref={sheetRef}
        data-sheet=""
        className="flex flex-col gap-1.5 bg-surface sheet:fixed sheet:inset-x-0 sheet:bottom-0 sheet:z-30 sheet:max-h-[55dvh] sheet:overflow-y-auto sheet:border-t-2 sheet:border-line sheet:px-3 sheet:py-2 sheet:shadow-lg"
      >
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <StepControls
            {...controls}
            granularity={view.granularity === 'exchange' ? 'exchange' : 'step'}
            variant={config.controls}
            position={positionNote ? `${positionText(view)} · ${positionNote}` : positionText(view)}
            extrasClassName={moreControls ? '' : 'sheet:hidden'}
          />
          <button type="button" aria-expanded={moreControls} onClick={() => setMoreControls((value) => !value)} className={`${buttonClass} stage:hidden`}>
            {moreControls ? 'Fewer controls' : 'More controls'}
          </button>
          {protocols.length > 1 && (
            <LaneSwitcher protocols={protocols} selected={shown} onSelect={setShownLane} controls={LANE_IDS} className="stage:hidden" />
          )}
        </div>
        <Narration narration={view.narration} announcement={announcement} protocols={protocols} shownLane={shown} />
        {view.question && <PredictionQuestion key={view.question.id} question={view.question} onAnswer={onAnswer} onSkip={onSkip} />}
      </div>
      </div>
      {dialogs}
      <div className="relative flex min-h-0 flex-col stage:min-h-[15rem] stage:flex-[1_1_0]">
        {overlay}
        <LabLanes lanes={lanes} selected={shown} onSelect={setShownLane} className="stage:flex-1" />
      </div>
      <LabDock
        tabs={tabs}
        selected={tab.id}
        onSelect={(id) => {
          carry?.note({ dockTab: id })
          setTab({ id, flags })
        }}
        initialOpen={carried.dockOpen}
        onOpenChange={(dockOpen) => carry?.note({ dockOpen })}
        className="shrink-0 sheet:h-[70dvh]"
        // Until measured (the static HTML, and the first render of a swapped-in lab), CSS gives the
        // same height in the common case: 30% of the window, shrinking toward DOCK_MIN when the lanes
        // need the room, so nothing moves when the measure lands (issue 14: layout shift).
        openClassName={dockHeight === null ? 'stage:shrink stage:basis-[30vh] stage:min-h-24' : ''}
        style={dockHeight === null ? undefined : { height: dockHeight }}
      />
      <FlightLayer flights={changes.flights} />
    </div>
  )
}
