'use client'

// The chrome-free lab for iframes (`/embed`): the lab configured by the URL, inside EmbedShell
// (notices, Share, Full screen, postMessage bridge). The prerendered HTML is the default lab; the
// URL's parameters apply at hydration.

import { EmbedShell } from '@/components/embed/EmbedShell'
import { NoScriptNote } from '@/components/embed/NoScriptNote'
import { LabApp } from '@/components/labApp/LabApp'
import { SCENARIO_IDS, scenarios } from '@/content/scenarios'

const options = { scenarioIds: SCENARIO_IDS }
const titles = Object.fromEntries(scenarios.map((scenario) => [scenario.id, scenario.title]))

export function EmbedPage() {
  return (
    <EmbedShell
      asMain
      options={options}
      route="/embed"
      titles={titles}
      header={
        <>
          <h1 className="sr-only">Mail Protocol Lab</h1>
          <NoScriptNote />
        </>
      }
      renderLab={(props) => <LabApp catalog={scenarios} themeToggle={false} {...props} />}
    />
  )
}
