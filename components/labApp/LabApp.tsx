'use client'
// The lab: pick a scenario, then step through it under POP3 and IMAP side by side. Takes the
// embedding seam's props (LabEmbedProps), so `/` and `/embed` configure and drive it the same way.
import { useCallback, useMemo, useState } from 'react'
import type { LabEmbedProps } from '@/components/embed/labSeam'
import { LabMotion } from '@/components/lab/LabMotion'
import { scenarios } from '@/content/scenarios'
import { withDeviceCount, withMessageCount, type ScenarioCatalog } from '@/lib/simulator'
import { LabSession } from './LabSession'
import { LabHeader } from './LabHeader'

export interface LabAppProps extends LabEmbedProps {
  /** The scenarios to offer (default: content/scenarios; tests pass a small one). */
  catalog?: ScenarioCatalog
  /** Benchmark only: top the first user's mailbox up to this many messages. */
  messages?: number | null
  /** Show the colour-theme switch (default true). */
  themeToggle?: boolean
}

export function LabApp({ catalog = scenarios, config, messages = null, themeToggle = true, onViewChange, onAnswer, commandRef }: LabAppProps) {
  // The learner's pick holds until the URL's scenario changes.
  const [picked, setPicked] = useState<{ from: string; id: string } | null>(null)
  const fresh = picked !== null && picked.from === config.scenario
  const scenarioId = fresh ? picked.id : config.scenario
  const base = catalog.find((candidate) => candidate.id === scenarioId) ?? catalog[0]
  const scenario = useMemo(
    () => (base ? withMessageCount(withDeviceCount(base, config.devices), messages) : undefined),
    [base, config.devices, messages],
  )
  const choices = useMemo(() => catalog.map(({ id, title, goal }) => ({ id, title, goal })), [catalog])
  const select = useCallback((id: string) => setPicked({ from: config.scenario, id }), [config.scenario])
  if (!scenario) return <p>No scenarios are available.</p>
  const step = fresh ? 0 : config.step
  const key = [scenario.id, config.protocols.join(','), config.devices ?? '', messages ?? '', step].join('|')

  return (
    <LabMotion>
      <div className="flex flex-col gap-4" data-lab-root="">
        <LabHeader
          title={scenario.title}
          goal={scenario.goal}
          scenarioId={scenario.id}
          choices={choices}
          onSelect={select}
          themeToggle={themeToggle}
          configTheme={config.theme}
        />
        <LabSession
          key={key}
          catalog={catalog}
          scenario={scenario}
          config={config}
          step={step}
          onViewChange={onViewChange}
          onAnswer={onAnswer}
          commandRef={commandRef}
        />
      </div>
    </LabMotion>
  )
}
