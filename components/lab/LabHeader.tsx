'use client'
// The top of the lab: the scenario's title and learning goal, the colour switch, and the picker.
import type { LabTheme } from '@/components/labConfig/labParams'
import { ScenarioPicker, type ScenarioChoice } from './ScenarioPicker'
import { ThemeToggle } from '@/components/labConfig/ThemeToggle'

export interface LabHeaderProps {
  title: string
  goal: string
  scenarioId: string
  choices: readonly ScenarioChoice[]
  onSelect: (id: string) => void
  themeToggle: boolean
  configTheme: LabTheme
}

export function LabHeader({ title, goal, scenarioId, choices, onSelect, themeToggle, configTheme }: LabHeaderProps) {
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 max-w-prose flex-col gap-1">
          <h2 className="text-2xl font-semibold tracking-tight">{title}</h2>
          <p>
            <span className="font-medium">Goal:</span> {goal}
          </p>
        </div>
        {themeToggle && <ThemeToggle configTheme={configTheme} />}
      </div>
      <ScenarioPicker scenarios={choices} selected={scenarioId} onSelect={onSelect} />
    </div>
  )
}
