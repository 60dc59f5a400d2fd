'use client'
// One run of one scenario: the controls, narration and live announcement, the prediction question,
// the two lanes, free play and the end-of-scenario comparison. Keyed by its scenario and options,
// so a new scenario starts a new actor.
import { memo, useCallback, useEffect, useMemo, useState } from 'react'
import { ShortcutsDialog } from '@/components/controls/ShortcutsDialog'
import { SPEEDS } from '@/components/controls/StepControls'
import { useLabShortcuts } from '@/components/controls/useLabShortcuts'
import type { LabEmbedProps, LabIntent } from './labSeam'
import type { DeviceActions } from '@/components/lanes/DevicePanel'
import type { Scenario, ScenarioCatalog } from '@/lib/simulator'
import type { DeviceId, DeviceView, LaneView, SimulationView } from '@/lib/simulator/view'
import { describeStep } from '@/lib/viewModel/announce'
import { labDiagrams } from './diagrams'
import { renderEndComparison } from './EndComparison'
import { LabSessionView } from './LabSessionView'
import { renderLabTranscript } from './LabTranscript'
import { useAutoplay } from './useAutoplay'
import { WAIT_MINUTES, useLabSession, type FreePlayAbilities } from './useLabSession'

export interface LabSessionProps extends Omit<LabEmbedProps, 'config'> {
  catalog: ScenarioCatalog
  scenario: Scenario
  config: LabEmbedProps['config']
  step: number
  /** Shown over the lanes (the first-visit welcome). */
  overlay?: React.ReactNode
}

function nearestSpeed(speed: number): number {
  return SPEEDS.reduce((best, option) => (Math.abs(option - speed) < Math.abs(best - speed) ? option : best), 1)
}

const DIAGRAMS = labDiagrams()

/**
 * The free-play callbacks of each device, made once per device view (and per lane, abilities and
 * act): the simulator keeps a device's view while it is unchanged, so its callbacks keep their
 * identity too and the memoised DevicePanel skips a device the step left alone.
 */
type DeviceActionsCache = WeakMap<DeviceView, { protocol: string; abilities: FreePlayAbilities; act: unknown; actions: DeviceActions }>

function laneDeviceActions(lane: LaneView, abilities: FreePlayAbilities, act: ReturnType<typeof useLabSession>['act'], cache: DeviceActionsCache) {
  const actions: Partial<Record<DeviceId, DeviceActions>> = {}
  for (const device of lane.devices) {
    if (!abilities.devices.includes(device.id)) continue
    const kept = cache.get(device)
    if (kept && kept.protocol === lane.protocol && kept.abilities === abilities && kept.act === act) {
      actions[device.id] = kept.actions
      continue
    }
    const id = device.id
    const leaveCopy = device.accounts.some((account) => account.protocol === 'pop3' && account.leaveCopy)
    actions[id] = {
      onRead: (key) => act({ type: 'user.read', device: id, key }),
      onDelete: (key) => act({ type: 'user.delete', device: id, key }),
      onFlag: (key) => act({ type: 'user.flag', device: id, key }),
      onToggleOnline: () => act({ type: device.online ? 'user.goOffline' : 'user.goOnline', device: id }),
      onLose: () => act({ type: 'device.lose', device: id }),
      // Filing is a server folder: offered on IMAP cards (a POP3 client sees only INBOX, RFC 1939).
      onMove: lane.protocol === 'imap' ? (key, folder) => act({ type: 'user.move', device: id, key, folder }) : undefined,
      onToggleLeaveCopy: lane.protocol === 'pop3' ? () => act({ type: 'settings.change', device: id, leaveCopy: !leaveCopy }) : undefined,
    }
    cache.set(device, { protocol: lane.protocol, abilities, act, actions: actions[id] })
  }
  return actions
}

/** Memoised: a page that re-renders on each new view (e.g. for its Share link) does not render the session twice. */
export const LabSession = memo(function LabSession({ catalog, scenario, config, step, onViewChange, onAnswer, commandRef, overlay }: LabSessionProps) {
  const session = useLabSession({ catalog, scenario, protocols: config.protocols, step })
  const { view, canNext, canPrevious, canReset, abilities, send, next, canNextNow, act } = session
  const [speed, setSpeed] = useState(() => nearestSpeed(config.speed))
  const [helpOpen, setHelpOpen] = useState(false)
  const autoplay = useAutoplay({ speed, canNext: canNextNow, next, initiallyPlaying: config.autoplay })
  const { pause, play } = autoplay

  // The live region's sentence: what changed since the view before (derived state, not an effect).
  const [announced, setAnnounced] = useState<{ view: SimulationView; text: string }>({ view, text: '' })
  if (announced.view !== view) setAnnounced({ view, text: describeStep(announced.view, view) })

  useEffect(() => {
    onViewChange?.(view)
  }, [view, onViewChange])

  const previous = useCallback(() => {
    pause()
    send({ type: 'sim.previous' })
  }, [pause, send])
  const reset = useCallback(() => {
    pause()
    send({ type: 'sim.reset' })
  }, [pause, send])

  // "Just show me", and a host's `next` while a question waits: pass on the question, then step.
  const waiting = view.question && view.question.chosenIndex === null && !view.question.skipped ? view.question.id : null
  const skipAndNext = useCallback(() => {
    if (waiting) {
      send({ type: 'sim.skip', questionId: waiting })
      onAnswer?.(waiting, false, true)
    }
    next()
  }, [waiting, send, onAnswer, next])

  const answer = useCallback(
    (choiceIndex: number) => {
      const question = view.question
      if (!question) return
      send({ type: 'sim.answer', questionId: question.id, choiceIndex })
      onAnswer?.(question.id, choiceIndex === question.answerIndex, false)
    },
    [view.question, send, onAnswer],
  )

  const command = useCallback(
    (cmd: LabIntent) => {
      if (cmd.command === 'next') skipAndNext()
      else if (cmd.command === 'previous') previous()
      else if (cmd.command === 'reset') reset()
      else if (cmd.command === 'goto') send({ type: 'sim.goto', index: cmd.index })
      else if (cmd.command === 'play') play()
      else if (cmd.command === 'speed') setSpeed(nearestSpeed(cmd.speed))
      else if (cmd.command === 'granularity') send({ type: 'sim.setGranularity', granularity: cmd.granularity })
      else if (cmd.command === 'help') setHelpOpen(true)
      else if (cmd.command === 'answer') answer(cmd.choiceIndex)
      else pause()
    },
    [skipAndNext, previous, reset, send, play, pause, answer],
  )
  useEffect(() => {
    if (!commandRef) return
    commandRef.current = command
    return () => {
      if (commandRef.current === command) commandRef.current = null
    }
  }, [commandRef, command])

  const closeHelp = useCallback(() => setHelpOpen(false), [])
  useLabShortcuts({ previous, next, togglePlay: autoplay.toggle, reset, help: () => setHelpOpen(true) })


  const deliver = useMemo(
    () => (abilities.deliver ? () => act({ type: 'mail.deliver', subject: view.nextDeliverySubject }) : undefined),
    [abilities.deliver, act, view.nextDeliverySubject],
  )
  const [actionsCache] = useState<DeviceActionsCache>(() => new WeakMap())
  const deviceActions = useCallback((lane: LaneView) => laneDeviceActions(lane, abilities, act, actionsCache), [abilities, act, actionsCache])
  const freePlayOpen = abilities.devices.length > 0 || abilities.addable.length > 0

  return (
    <LabSessionView
      view={view}
      config={config}
      diagrams={DIAGRAMS}
      renderTranscript={renderLabTranscript}
      renderComparison={renderEndComparison}
      controls={{
        canPrevious,
        canNext,
        canReset,
        playing: autoplay.playing,
        onPrevious: previous,
        onNext: next,
        onPlayPause: autoplay.toggle,
        onReset: reset,
        speed,
        onSpeedChange: setSpeed,
        onGranularityChange: (granularity) => send({ type: 'sim.setGranularity', granularity }),
        onShowHelp: () => setHelpOpen(true),
      }}
      dialogs={<ShortcutsDialog open={helpOpen} onClose={closeHelp} />}
      announcement={announced.text}
      onAnswer={answer}
      onSkip={skipAndNext}
      overlay={overlay}
      deviceActions={deviceActions}
      onDeliver={deliver}
      freePlay={
        freePlayOpen
          ? {
              devices: abilities.devices,
              addable: abilities.addable,
              onCheckMail: (device) => act({ type: 'user.checkMail', device }),
              onAddDevice: (device) => act({ type: 'device.add', device }),
              onSend: abilities.devices.length > 0 ? ({ device, to, subject }) => act({ type: 'user.send', device, to, subject }) : undefined,
              onWait: abilities.wait ? () => act({ type: 'clock.advance', minutes: WAIT_MINUTES }) : undefined,
              waitMinutes: WAIT_MINUTES,
            }
          : null
      }
    />
  )
})
