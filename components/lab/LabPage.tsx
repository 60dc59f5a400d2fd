'use client'
// The lab on `/`: the same URL parameters as `/embed` (scenario, protocols, devices, step, …), their
// notices, Share and Full screen, and the lab. The static HTML shows step 0 of the default scenario
// (LabShell, from the prerender's data); the interactive lab, with the simulator, loads right after
// and takes over, applying the URL's parameters. `messages` (benchmark only) tops up the mailbox.
import { startTransition, useEffect, useMemo, useState, useSyncExternalStore, type ComponentType } from 'react'
import { LabToolbar } from '@/components/labConfig/LabToolbar'
import { ParamNotice } from '@/components/labConfig/ParamNotice'
import { useLabParams } from '@/components/labConfig/useLabParams'
import type { SimulationView } from '@/lib/simulator/view'
import type { LabAppProps } from './LabApp'
import type { LabFirstPaint } from './labFirstPaint'
import { LabShell } from './LabShell'

const MAX_MESSAGES = 200

const noSubscription = () => () => {}

/** The benchmark's `messages` parameter: a whole number from 1 to 200, else none. */
export function parseMessagesParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('messages')
  if (raw === null || !/^\d{1,3}$/.test(raw.trim())) return null
  const n = Number(raw.trim())
  return n >= 1 && n <= MAX_MESSAGES ? n : null
}

export function LabPage({ first }: { first: LabFirstPaint }) {
  const options = useMemo(() => ({ scenarioIds: first.choices.map((choice) => choice.id) }), [first.choices])
  const { config, notices } = useLabParams(options)
  const search = useSyncExternalStore(noSubscription, () => window.location.search, () => '')
  // For the Share dialog: the scenario and step on screen.
  const [view, setView] = useState<SimulationView | null>(null)
  const [Lab, setLab] = useState<ComponentType<LabAppProps> | null>(null)
  useEffect(() => {
    let live = true
    void import('./LabApp').then((module) => {
      // A transition: React renders the lab in slices, so the page stays responsive while it swaps in.
      if (live) startTransition(() => setLab(() => module.LabApp))
    })
    return () => {
      live = false
    }
  }, [])
  return (
    <div className="flex flex-col gap-4" data-lab-ready={Lab ? 'true' : 'false'}>
      <ParamNotice key={notices.map((notice) => notice.param).join(',')} notices={notices} />
      <LabToolbar options={options} config={config} view={view ?? first.view} route="/" />
      {Lab ? <Lab config={config} messages={parseMessagesParam(search)} onViewChange={setView} /> : <LabShell first={first} config={config} />}
    </div>
  )
}
