'use client'

// Share and Full screen for a lab, beside an optional header. The share links point at the
// scenario and step on screen (from the lab's latest view), with the URL's other settings.

import type { ReactNode } from 'react'
import { FullscreenButton } from './FullscreenButton'
import type { LabConfig, LabParamsOptions } from '@/lib/labConfig/labParams'
import { ShareButton } from './ShareDialog'
import type { SimulationView } from '@/lib/simulator/view'

export interface LabToolbarProps {
  options: LabParamsOptions
  /** The config from the URL. */
  config: LabConfig
  /** The lab's latest view, or null before the first. */
  view: Pick<SimulationView, 'scenarioId' | 'stepIndex' | 'title'> | null
  /** The route of this page ("/" or "/embed"), for share links. */
  route: string
  /** Scenario titles by id, used before the first view. */
  titles?: Readonly<Record<string, string>>
  header?: ReactNode
}

/** The config a share link carries: the scenario and step on screen, no autoplay, no parentOrigin. */
export function shareConfigFor(config: LabConfig, view: LabToolbarProps['view']): LabConfig {
  return {
    ...config,
    scenario: view?.scenarioId ?? config.scenario,
    step: view?.stepIndex ?? config.step,
    autoplay: false,
    parentOrigins: null,
  }
}

export function LabToolbar({ options, config, view, route, titles, header }: LabToolbarProps) {
  const shareConfig = shareConfigFor(config, view)
  const title = (view?.title || titles?.[shareConfig.scenario]) ?? shareConfig.scenario
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      {header && <div className="min-w-0">{header}</div>}
      <div className="flex items-center gap-2">
        <ShareButton config={shareConfig} options={options} scenarioTitle={title} route={route} />
        <FullscreenButton />
      </div>
    </div>
  )
}
