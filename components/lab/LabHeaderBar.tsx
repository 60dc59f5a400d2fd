'use client'
// The site header as one compact bar: the title, the scenario picker, About (the welcome again),
// Share, Full screen, Colours, and links to the console and the instructors' page. On /embed the
// site's own links, About and Colours stay out (the host page has its own).
import Link from 'next/link'
import type { LabConfig, LabParamsOptions } from '@/lib/labConfig/labParams'
import { LabToolbar } from '@/components/labConfig/LabToolbar'
import { ThemeToggle } from '@/components/labConfig/ThemeToggle'
import { buttonClass } from '@/components/lanes/styles'
import type { SimulationView } from '@/lib/simulator/view'
import { ScenarioPicker, type ScenarioChoice } from './ScenarioPicker'
import { reopenWelcome } from './welcomeStorage'

export interface LabHeaderBarProps {
  /** The site's links, About and Colours (on `/`). */
  site: boolean
  choices: readonly ScenarioChoice[]
  scenarioId: string
  onSelect: (id: string) => void
  options: LabParamsOptions
  config: LabConfig
  view: Pick<SimulationView, 'scenarioId' | 'stepIndex' | 'title'> | null
  route: string
  titles?: Readonly<Record<string, string>>
}

export function LabHeaderBar({ site, choices, scenarioId, onSelect, options, config, view, route, titles }: LabHeaderBarProps) {
  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
      <h1 className="text-lg leading-7 font-semibold tracking-tight whitespace-nowrap">Mail Protocol Lab</h1>
      <ScenarioPicker scenarios={choices} selected={scenarioId} onSelect={onSelect} />
      {site && (
        <button type="button" className={buttonClass} onClick={reopenWelcome}>
          About
        </button>
      )}
      <div className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-1.5">
        <LabToolbar options={options} config={config} view={view} route={route} titles={titles} />
        {site && <ThemeToggle configTheme={config.theme} />}
        {/* No prefetch (here and in the welcome): Next would fetch and run each page's code while
            the lab loads, long tasks a learner pays for whether or not they follow the link (issue 14). */}
        {site && (
          <nav aria-label="Site" className="flex gap-x-3 text-sm">
            <Link href="/console" prefetch={false} className="text-imap underline underline-offset-2">
              Console
            </Link>
            <Link href="/instructors" prefetch={false} className="text-imap underline underline-offset-2">
              Instructors
            </Link>
          </nav>
        )}
      </div>
    </header>
  )
}
