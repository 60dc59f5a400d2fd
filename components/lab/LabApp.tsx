'use client'
// The interactive lab: one LabSession for the config's scenario, under POP3 and IMAP side by side.
// Takes the embedding seam's props (LabEmbedProps), so `/` and `/embed` configure and drive it the
// same way; LabContainer (the one shell of both pages) loads it after first paint.
import { useMemo } from 'react'
import { scenarios } from '@/content/scenarios'
import { replayInSlices, startSnapshot, withDeviceCount, withMessageCount, type ScenarioCatalog } from '@/lib/simulator'
import type { LabEmbedProps } from './labSeam'
import { LabSession } from './LabSession'

export interface LabAppProps extends LabEmbedProps {
  /** The scenarios to offer (default: content/scenarios; tests pass a small one). */
  catalog?: ScenarioCatalog
  /** Benchmark only: top the first user's mailbox up to this many messages. */
  messages?: number | null
  /** Shown over the lanes (the first-visit welcome). */
  overlay?: React.ReactNode
}

/**
 * Runs the simulation a LabApp with these props starts from, so that its first render finds the
 * run in the engine's cache instead of replaying the scenario inside the render. LabContainer runs
 * each step of this generator in a task of its own before swapping the lab in (issue 14): the
 * replay is 7–40 ms of CPU on a laptop and several times that on a phone, and one action under one
 * protocol at a time keeps each task under 50 ms there (docs/performance.md).
 */
export function* prepareLab({ catalog = scenarios, config, messages = null }: Pick<LabAppProps, 'catalog' | 'config' | 'messages'>): Generator<void, void> {
  const base = catalog.find((candidate) => candidate.id === config.scenario) ?? catalog[0]
  if (!base) return
  const scenario = withMessageCount(withDeviceCount(base, config.devices), messages)
  yield* replayInSlices(catalog, { scenario, protocols: config.protocols, requireAnswers: true })
  startSnapshot(catalog, { scenario, protocols: config.protocols, step: config.step })
}

export function LabApp({ catalog = scenarios, config, messages = null, onViewChange, onAnswer, commandRef, overlay }: LabAppProps) {
  const base = catalog.find((candidate) => candidate.id === config.scenario) ?? catalog[0]
  const scenario = useMemo(
    () => (base ? withMessageCount(withDeviceCount(base, config.devices), messages) : undefined),
    [base, config.devices, messages],
  )
  if (!scenario) return <p>No scenarios are available.</p>
  const key = [scenario.id, config.protocols.join(','), config.devices ?? '', messages ?? '', config.step].join('|')

  return (
    <div className="flex flex-col stage:min-h-0 stage:flex-1" data-lab-root="">
      <LabSession
        key={key}
        catalog={catalog}
        scenario={scenario}
        config={config}
        step={config.step}
        onViewChange={onViewChange}
        onAnswer={onAnswer}
        commandRef={commandRef}
        overlay={overlay}
      />
    </div>
  )
}
