'use client'

// The embedding layer around a lab, for `/embed` (chrome-free) and `/`: reads the URL parameters,
// shows their notices, applies the theme, offers Share and Full screen, and connects the lab to
// the host page (postMessage API v1) when framed.

import { useCallback, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import type { LabCommand } from '@/components/embed/embedBridge'
import { clampStep, type LabParamsOptions } from '@/components/labConfig/labParams'
import { LabToolbar } from '@/components/labConfig/LabToolbar'
import type { LabCommandHandler, LabEmbedProps } from '@/components/lab/labSeam'
import { ParamNotice } from '@/components/labConfig/ParamNotice'
import { useApplyTheme } from '@/components/labConfig/useApplyTheme'
import { useEmbedBridge } from '@/components/embed/useEmbedBridge'
import { useLabParams } from '@/components/labConfig/useLabParams'
import type { SimulationView } from '@/lib/simulator/view'

export interface EmbedShellProps {
  options: LabParamsOptions
  /** The route of this page ("/embed" or "/"), for share links. */
  route: string
  /** Scenario titles by id, for the share snippet's iframe title. */
  titles?: Readonly<Record<string, string>>
  /** Renders the lab itself with the props it needs. */
  renderLab: (props: LabEmbedProps) => ReactNode
  /** Shown above the lab, beside Share and Full screen. */
  header?: ReactNode
  /** Apply the URL's theme to <html> (default true; false where a theme switch does it). */
  applyTheme?: boolean
  /**
   * Render the root as the page's <main>, named after the scenario (for /embed: two labs framed in
   * one page then have distinct landmark names).
   */
  asMain?: boolean
}

const subscribeNothing = () => () => {}

export function EmbedShell({ options, route, titles, renderLab, header, applyTheme = true, asMain = false }: EmbedShellProps) {
  const { config, notices } = useLabParams(options)
  // The prerender (and hydration) runs the default config; the URL's applies right after. A view
  // counts only once hydrated and only for the config it was made with, so the host page never
  // hears of the default lab when the URL asked for another.
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false)
  const configKey = JSON.stringify(config)
  const [reported, setReported] = useState<{ key: string; view: SimulationView } | null>(null)
  const onViewChange = useCallback((next: SimulationView) => setReported({ key: configKey, view: next }), [configKey])
  const view = hydrated && reported?.key === configKey ? reported.view : null
  const commandRef = useRef<LabCommandHandler | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  useApplyTheme(applyTheme ? config.theme : null)

  // goto past the end goes to the end (the machine ignores an index it does not have).
  const totalSteps = view?.totalSteps
  const onCommand = useCallback(
    (command: LabCommand) =>
      commandRef.current?.(command.command === 'goto' && totalSteps !== undefined ? { ...command, index: Math.min(command.index, totalSteps) } : command),
    [totalSteps],
  )
  const { reportAnswer } = useEmbedBridge({ view, parentOrigins: config.parentOrigins, onCommand, measureRef: rootRef })

  const stepNotice = view && view.scenarioId === config.scenario ? clampStep(config.step, view.totalSteps).notice : null
  const allNotices = stepNotice ? [...notices, stepNotice] : notices
  const title = (view?.title || titles?.[config.scenario]) ?? config.scenario

  const shell = (
    <div ref={rootRef} className="flex flex-col gap-3 p-3 sm:p-4" data-embed-root="">
      <ParamNotice key={allNotices.map((notice) => notice.param).join(',')} notices={allNotices} />
      <LabToolbar options={options} config={config} view={view} route={route} titles={titles} header={header} />
      {renderLab({ config, onViewChange, onAnswer: reportAnswer, commandRef })}
    </div>
  )
  return asMain ? <main aria-label={`Mail Protocol Lab: ${title}`}>{shell}</main> : shell
}
