'use client'
// The one shell of `/` and `/embed`: reads the URL parameters (and shows their notices), draws the
// header bar, shows step 0 from the prerender (LabShell) and swaps in the interactive lab (LabApp)
// when it is wanted: at once when the URL asks for more than step 0 of the default scenario, else
// on the learner's first touch, pointer move, key or focus, or a host's command. Not before: the
// lab's code, its first run and the swap are long tasks (issue 14), and a page nobody uses yet
// should not pay for them. The embed page only adds a host bridge (`bridge`), which hears of step 0
// from the prerender until the lab loads; everything else is the same lab. On the stage (from
// 900×560) the shell fills the window and never scrolls.
import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from 'react'
import { useBrowserValue } from '@/components/platform/useBrowserValue'
import { useHydrated } from '@/components/platform/useHydrated'
import { clampStep, type LabConfig } from '@/lib/labConfig/labParams'
import { ParamNotice } from '@/components/labConfig/ParamNotice'
import { useApplyTheme } from '@/components/labConfig/useApplyTheme'
import { useLabParams } from '@/components/labConfig/useLabParams'
import { parseMessagesParam } from '@/lib/labConfig/messagesParam'
import type { SimulationView } from '@/lib/simulator/view'
import type { LabAppProps } from './LabApp'
import type { LabFirstPaint } from './labFirstPaint'
import { LabCarryContext, createLabCarry } from './labCarry'
import { LabHeaderBar } from './LabHeaderBar'
import type { LabCommand, LabIntent, LabIntentHandler } from './labSeam'
import { LabShell } from './LabShell'
import { useFocusCarry } from './useFocusCarry'
import { whenWanted } from '@/components/platform/whenWanted'
import { Welcome } from './Welcome'

/** What a host bridge gets from the shell (components/embed/EmbedBridge). */
export interface LabBridgeProps {
  /** The lab's view once hydrated and matching the URL's config, else null. */
  view: SimulationView | null
  parentOrigins: readonly string[] | null
  /** Carry out a host command as the matching control would. */
  onCommand: (command: LabCommand) => void
  /** The element whose height the host should give the frame. */
  measureRef: RefObject<HTMLElement | null>
  /** The bridge puts its answer reporter here. */
  answerRef: RefObject<((questionId: string, correct: boolean, skipped: boolean) => void) | null>
}

export interface LabContainerProps {
  first: LabFirstPaint
  /** The route of this page ("/" or "/embed"), for share links. */
  route: string
  /** The site's chrome: links, About and the welcome, Colours (on `/`). */
  site?: boolean
  /** Connects the lab to a host page (on `/embed`). */
  bridge?: ComponentType<LabBridgeProps>
  /** Shown under the header bar (the embed's note for when JavaScript is off). */
  notice?: ReactNode
}

/** The last element of the lab's HTML: the first paint waits for it (`rel="expect"`). */
const LAB_END = 'lab-end'

export function LabContainer({ first, route, site = false, bridge: Bridge, notice }: LabContainerProps) {
  const options = useMemo(() => ({ scenarioIds: first.choices.map((choice) => choice.id) }), [first.choices])
  const titles = useMemo(() => Object.fromEntries(first.choices.map((choice) => [choice.id, choice.title])), [first.choices])
  const { config: urlConfig, notices } = useLabParams(options)
  const search = useBrowserValue(() => window.location.search, '')
  useApplyTheme(site ? null : urlConfig.theme)

  // The learner's pick holds until the URL's scenario changes; a pick starts at step 0.
  const [picked, setPicked] = useState<{ from: string; id: string } | null>(null)
  const fresh = picked !== null && picked.from === urlConfig.scenario
  const config: LabConfig = useMemo(() => (fresh ? { ...urlConfig, scenario: picked.id, step: 0 } : urlConfig), [fresh, picked, urlConfig])
  const select = useCallback((id: string) => setPicked({ from: urlConfig.scenario, id }), [urlConfig.scenario])

  // The prerender (and hydration) runs the default config; the URL's applies right after. A view
  // counts only once hydrated and only for the config it was made with, so a host page never hears
  // of the default lab when the URL asked for another.
  const hydrated = useHydrated()
  const configKey = JSON.stringify(config)
  const [reported, setReported] = useState<{ key: string; view: SimulationView } | null>(null)
  const onViewChange = useCallback((next: SimulationView) => setReported({ key: configKey, view: next }), [configKey])
  const view = hydrated && reported?.key === configKey ? reported.view : null

  const commandRef = useRef<LabIntentHandler | null>(null)
  const answerRef = useRef<((questionId: string, correct: boolean, skipped: boolean) => void) | null>(null)
  const rootRef = useRef<HTMLElement | null>(null)
  const onAnswer = useCallback((questionId: string, correct: boolean, skipped: boolean) => answerRef.current?.(questionId, correct, skipped), [])
  // What the learner (or a host) asked for before the lab had loaded, handed over once it has.
  const pending = useRef<LabIntent[]>([])
  const [carry] = useState(createLabCarry)
  const [wanted, setWanted] = useState(false)
  // Something the learner did waits for the lab: the shell says it is loading.
  const [queued, setQueued] = useState(false)
  const onIntent = useCallback((intent: LabIntent) => {
    if (commandRef.current) return commandRef.current(intent)
    pending.current.push(intent)
    setWanted(true)
    setQueued(true)
  }, [])
  // goto past the end goes to the end: the machine clamps it (endOf in lib/simulator/position.ts).
  const onCommand = useCallback((command: LabCommand) => onIntent(command), [onIntent])

  const [Lab, setLab] = useState<ComponentType<LabAppProps> | null>(null)
  const messages = parseMessagesParam(search)
  // The shell draws only step 0 of the default scenario, with every device: anything else needs the lab now.
  const eager =
    hydrated &&
    (config.scenario !== first.view.scenarioId || config.step > 0 || config.autoplay || config.devices !== null || messages !== null)
  // The shell's step 0 is the lab's own (computed at build time for every lane), so until the lab
  // loads a host hears of it (`ready`, then `step`) from the shell. A lab with fewer lanes runs a
  // different simulation: framed, it loads at once so a host is never kept waiting for `ready`.
  const allLanes = config.protocols.length === Object.keys(first.view.lanes).length
  const standIn = hydrated && !eager && allLanes ? first.view : null
  const want = wanted || eager || (Bridge !== undefined && hydrated && !allLanes)
  const prepared = useRef({ config, messages })
  useEffect(() => {
    prepared.current = { config, messages }
  })
  useEffect(() => {
    if (want) return
    return whenWanted(() => setWanted(true))
  }, [want])
  useEffect(() => {
    if (!Lab) return
    // The lab's session has put its handler in commandRef (children's effects run first).
    for (const intent of pending.current.splice(0)) commandRef.current?.(intent)
  }, [Lab])
  useEffect(() => {
    if (!want) return
    let live = true
    const later = (work: () => void) => setTimeout(() => live && work(), 0)
    const nextTask = () => new Promise<void>((resolve) => later(resolve))
    // Tasks, not one (issue 14: none over 50 ms on a 4× slower CPU): the simulator's code with the
    // mail server's, then the lab's components (one chunk held both: a 49–74 ms task), the
    // simulation's first run (prepareLab fills the engine's cache, one action under one protocol
    // per task), then the swap. A transition: React renders the lab in slices while it swaps in.
    void import('@/lib/simulator')
      .then(nextTask)
      .then(() => import('./LabApp'))
      .then((module) => {
        const swap = () => later(() => startTransition(() => setLab(() => module.LabApp)))
        let replay: Iterator<void> | undefined
        const prepare = () =>
          later(() => {
            try {
              replay ??= module.prepareLab(prepared.current)
              if (replay.next().done) swap()
              else prepare()
            } catch {
              // The lab's own render runs the same code and shows what went wrong.
              swap()
            }
          })
        prepare()
      })
    return () => {
      live = false
    }
  }, [want])

  useFocusCarry(rootRef, Lab)

  const stepNotice = view && view.scenarioId === config.scenario ? clampStep(config.step, view.totalSteps).notice : null
  const allNotices = stepNotice ? [...notices, stepNotice] : notices
  const title = (view?.title || titles[config.scenario]) ?? config.scenario
  // One element for the container's life: LabSession is memoised, and a new overlay element on every
  // reported view (each step) made it render the whole lab a second time after each step (issue 14).
  const overlay = useMemo(() => (site ? <Welcome /> : undefined), [site])

  return (
    <main
      ref={rootRef}
      aria-label={`Mail Protocol Lab: ${title}`}
      data-lab-ready={Lab ? 'true' : 'false'}
      data-embed-root={Bridge ? '' : undefined}
      className={`mx-auto flex w-full max-w-[2000px] flex-col gap-2 p-2 stage:h-dvh stage:overflow-hidden ${Bridge ? 'stage:max-h-[60rem]' : ''}`}
    >
      <LabHeaderBar
        site={site}
        choices={first.choices}
        scenarioId={config.scenario}
        onSelect={select}
        options={options}
        config={config}
        view={view ?? (hydrated ? null : first.view)}
        route={route}
        titles={titles}
      />
      {notice}
      <ParamNotice key={allNotices.map((notice) => notice.param).join(',')} notices={allNotices} />
      <LabCarryContext value={carry}>
        {Lab ? (
          <Lab config={config} messages={messages} onViewChange={onViewChange} onAnswer={onAnswer} commandRef={commandRef} overlay={overlay} />
        ) : (
          <LabShell first={first} config={config} overlay={overlay} onIntent={onIntent} loading={queued} />
        )}
      </LabCarryContext>
      {Bridge && <Bridge view={view ?? (Lab ? null : standIn)} parentOrigins={config.parentOrigins} onCommand={onCommand} measureRef={rootRef} answerRef={answerRef} />}
      {/* React puts this link in the head. Until the parser reaches LAB_END, the browser paints
          nothing (issue 14): a slow parse otherwise painted the lab half-built, and the rest,
          arriving, moved it (a layout shift) and painted the welcome later (a late LCP). */}
      <link rel="expect" href={`#${LAB_END}`} blocking="render" />
      <span id={LAB_END} hidden />
    </main>
  )
}
