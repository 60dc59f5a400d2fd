'use client'

// The embedding layer around a lab, for `/embed` (chrome-free) and `/`: reads the URL parameters,
// shows their notices, applies the theme, offers Share and Full screen, and connects the lab to
// the host page (postMessage API v1) when framed.

import { useCallback, useRef, useState, type ReactNode } from 'react'
import type { LabCommand } from '@/components/embed/embedBridge'
import { FullscreenButton } from '@/components/embed/FullscreenButton'
import { clampStep, type LabConfig, type LabParamsOptions } from '@/components/embed/labParams'
import type { LabCommandHandler, LabEmbedProps } from '@/components/embed/labSeam'
import { ParamNotice } from '@/components/embed/ParamNotice'
import { ShareButton } from '@/components/embed/ShareDialog'
import { useApplyTheme } from '@/components/embed/useApplyTheme'
import { useEmbedBridge } from '@/components/embed/useEmbedBridge'
import { useLabParams } from '@/components/embed/useLabParams'
import type { SimulationView } from '@/lib/simulator/view'

export interface EmbedShellProps {
  options: LabParamsOptions
  /** The route of this page ("/embed" or "/"), for share links. */
  route: string
  /** Scenario titles by id, for the share snippet's iframe title. */
  titles?: Readonly<Record<string, string>>
  /** Renders the lab itself with the props it needs. */
  renderLab: (props: LabEmbedProps) => ReactNode
  /** Shown above the lab, beside Share and Full screen (e.g. the scenario title on /embed). */
  header?: ReactNode
}

export function EmbedShell({ options, route, titles, renderLab, header }: EmbedShellProps) {
  const { config, notices } = useLabParams(options)
  const [view, setView] = useState<SimulationView | null>(null)
  const commandRef = useRef<LabCommandHandler | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  useApplyTheme(config.theme)

  const onCommand = useCallback((command: LabCommand) => commandRef.current?.(command), [])
  const { reportAnswer } = useEmbedBridge({ view, parentOrigins: config.parentOrigins, onCommand, measureRef: rootRef })

  const stepNotice = view && view.scenarioId === config.scenario ? clampStep(config.step, view.totalSteps).notice : null
  const allNotices = stepNotice ? [...notices, stepNotice] : notices
  const shareConfig: LabConfig = {
    ...config,
    scenario: view?.scenarioId ?? config.scenario,
    step: view?.stepIndex ?? config.step,
    autoplay: false,
    parentOrigins: null,
  }
  const title = (view?.title || titles?.[shareConfig.scenario]) ?? shareConfig.scenario

  return (
    <div ref={rootRef} className="flex flex-col gap-3 p-3 sm:p-4" data-embed-root="">
      <ParamNotice key={allNotices.map((notice) => notice.param).join(',')} notices={allNotices} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">{header}</div>
        <div className="flex items-center gap-2">
          <ShareButton config={shareConfig} options={options} scenarioTitle={title} route={route} />
          <FullscreenButton />
        </div>
      </div>
      {renderLab({ config, onViewChange: setView, onAnswer: reportAnswer, commandRef })}
    </div>
  )
}
