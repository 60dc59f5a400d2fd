'use client'
// The lab on `/`: the same URL parameters as `/embed` (scenario, protocols, devices, step, …), their
// notices, and the lab. The prerender has no query, so the static HTML shows step 0 of the default
// scenario; the browser's query applies at hydration. `messages` (benchmark only) tops up the
// mailbox so the lab can be measured with a full inbox.
import { useState, useSyncExternalStore } from 'react'
import { LabToolbar } from '@/components/embed/LabToolbar'
import { ParamNotice } from '@/components/embed/ParamNotice'
import { useLabParams } from '@/components/embed/useLabParams'
import { SCENARIO_IDS } from '@/content/scenarios'
import type { SimulationView } from '@/lib/simulator/view'
import { LabApp } from './LabApp'

const OPTIONS = { scenarioIds: SCENARIO_IDS }
const MAX_MESSAGES = 200

const noSubscription = () => () => {}

/** The benchmark's `messages` parameter: a whole number from 1 to 200, else none. */
export function parseMessagesParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('messages')
  if (raw === null || !/^\d{1,3}$/.test(raw.trim())) return null
  const n = Number(raw.trim())
  return n >= 1 && n <= MAX_MESSAGES ? n : null
}

export function LabPage() {
  const { config, notices } = useLabParams(OPTIONS)
  const search = useSyncExternalStore(noSubscription, () => window.location.search, () => '')
  // For the Share dialog: the scenario and step on screen.
  const [view, setView] = useState<SimulationView | null>(null)
  return (
    <div className="flex flex-col gap-4">
      <ParamNotice key={notices.map((notice) => notice.param).join(',')} notices={notices} />
      <LabToolbar options={OPTIONS} config={config} view={view} route="/" />
      <LabApp config={config} messages={parseMessagesParam(search)} onViewChange={setView} />
    </div>
  )
}
