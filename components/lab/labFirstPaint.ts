// What the prerender needs to draw the lab before its JavaScript loads: step 0 of a scenario as
// plain view data, the state diagrams' boxes, and the scenario list. Runs at build time (app/page.tsx
// is a server component), so the simulator stays out of the first-load JavaScript.
import { scenarios } from '@/content/scenarios'
import { createSimulationContext, toSimulationView } from '@/lib/simulator'
import type { SimulationView } from '@/lib/simulator/view'
import { labDiagrams, type LabDiagrams } from './diagrams'
import type { ScenarioChoice } from './ScenarioPicker'

export interface LabFirstPaint {
  view: SimulationView
  diagrams: LabDiagrams
  choices: ScenarioChoice[]
}

export function labFirstPaint(scenarioId: string = scenarios[0].id): LabFirstPaint {
  const context = createSimulationContext(scenarios, { scenarioId, protocols: ['pop3', 'imap'], requireAnswers: true })
  const view = JSON.parse(JSON.stringify(toSimulationView({ context }))) as SimulationView
  return { view, diagrams: labDiagrams(), choices: scenarios.map(({ id, title, goal }) => ({ id, title, goal })) }
}
