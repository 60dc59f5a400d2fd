'use client'
// Light, dark, or the system's colours. The learner's saved choice wins over the URL's `theme`; a
// corrupted saved value is discarded with a notice. Before hydration the page follows the system.
import { useEffect, useId, useSyncExternalStore } from 'react'
import type { LabTheme } from '@/lib/labConfig/labParams'
import { buttonClass } from '@/components/lanes/styles'
import { THEME_CHOICES, applyTheme, dismissDiscardedTheme, storeTheme, subscribeTheme, themeSnapshot, type ThemeChoice } from './themeStorage'

const LABELS: Record<ThemeChoice, string> = { system: 'Same as system', light: 'Light', dark: 'Dark' }

export interface ThemeToggleProps {
  /** The URL's theme, used until the learner picks one. */
  configTheme?: LabTheme
}

export function ThemeToggle({ configTheme = 'auto' }: ThemeToggleProps) {
  const id = useId()
  const snapshot = useSyncExternalStore(subscribeTheme, themeSnapshot, () => '|')
  const [saved, discarded] = snapshot.split('|') as [ThemeChoice | '', string]
  const fromConfig: ThemeChoice = configTheme === 'auto' ? 'system' : configTheme
  const choice: ThemeChoice = saved || fromConfig

  useEffect(() => {
    applyTheme(choice)
  }, [choice])

  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2 text-sm">
        <label htmlFor={id}>Colours</label>
        <select
          id={id}
          value={choice}
          onChange={(event) => storeTheme(event.target.value as ThemeChoice)}
          className="min-h-8 rounded border border-line bg-surface-raised px-1 py-1 text-ink"
        >
          {THEME_CHOICES.map((option) => (
            <option key={option} value={option}>
              {LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      {discarded && (
        <p role="status" className="flex flex-wrap items-center gap-2 text-xs text-ink">
          <span>
            The saved colour setting could not be read, so it was discarded. The lab follows {fromConfig === 'system' ? 'the system' : `the link (${LABELS[fromConfig]})`}.
          </span>
          <button type="button" className={buttonClass} onClick={dismissDiscardedTheme}>
            OK<span className="sr-only">, dismiss the notice about the colour setting</span>
          </button>
        </p>
      )}
    </div>
  )
}
