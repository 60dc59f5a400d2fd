'use client'
// Which scenario runs: each scenario's title and learning goal, as a list of buttons inside a
// disclosure, so the lab stays in view. Picking one restarts the lab with that scenario.
import { memo, useState } from 'react'

export interface ScenarioChoice {
  id: string
  title: string
  goal: string
}

export interface ScenarioPickerProps {
  scenarios: readonly ScenarioChoice[]
  selected: string
  onSelect: (id: string) => void
}

export const ScenarioPicker = memo(function ScenarioPicker({ scenarios, selected, onSelect }: ScenarioPickerProps) {
  const [open, setOpen] = useState(false)
  const current = scenarios.find((scenario) => scenario.id === selected)
  return (
    <details
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="rounded-xl border border-line bg-surface-raised"
    >
      <summary className="flex min-h-10 cursor-pointer flex-wrap items-baseline gap-x-2 rounded-xl px-3 py-2 text-sm">
        <span className="font-semibold">Choose a scenario</span>
        <span className="text-ink-muted">
          ({scenarios.length} to try; now: {current?.title ?? selected})
        </span>
      </summary>
      <ul aria-label="Scenarios" className="grid gap-2 border-t border-line p-3 md:grid-cols-2">
        {scenarios.map((scenario) => {
          const isCurrent = scenario.id === selected
          return (
            <li key={scenario.id}>
              <button
                type="button"
                aria-current={isCurrent ? 'true' : undefined}
                onClick={() => {
                  setOpen(false)
                  if (!isCurrent) onSelect(scenario.id)
                }}
                className={`flex w-full flex-col items-start gap-0.5 rounded-lg border px-3 py-2 text-left text-sm hover:bg-surface-sunken ${
                  isCurrent ? 'border-imap-strong ring-1 ring-imap-strong' : 'border-line'
                }`}
              >
                <span className="font-semibold">
                  {scenario.title}
                  {isCurrent && <span className="font-normal text-ink-muted"> (current)</span>}
                </span>
                <span className="text-ink-muted">{scenario.goal}</span>
              </button>
            </li>
          )
        })}
      </ul>
    </details>
  )
})
