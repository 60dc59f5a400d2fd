'use client'
// Which scenario runs: each scenario's title and learning goal, as a list of buttons inside a
// disclosure in the header bar; the list drops over the stage, so the lab never moves. Picking one
// restarts the lab with that scenario.
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
      className="relative min-w-0"
    >
      <summary className="flex min-h-8 max-w-[26rem] cursor-pointer items-center gap-x-1.5 rounded-md border border-line bg-surface-raised px-2.5 py-1 text-sm">
        <span className="shrink-0 font-semibold">Choose a scenario</span>
        <span className="sr-only">
          ({scenarios.length} to try; now: {current?.title ?? selected})
        </span>
        <span aria-hidden="true" className="min-w-0 truncate text-ink-muted">
          {current?.title ?? selected}
        </span>
      </summary>
      <ul
        aria-label="Scenarios"
        className="absolute top-full left-0 z-40 mt-1 grid max-h-[75dvh] w-[min(44rem,calc(100vw-1.5rem))] gap-2 overflow-y-auto rounded-xl border border-line bg-surface-raised p-3 shadow-lg md:grid-cols-2"
      >
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
