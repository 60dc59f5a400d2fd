// What the Comparison tab shows once a scenario has ended: the myth cards with this run's figures
// and where the mail ended up. Only the interactive lab (LabSession) draws it, so the myths'
// words and the table stay out of the first-paint shell's JavaScript.
import { MythCards } from '@/components/myths/MythCards'
import type { SimulationView } from '@/lib/simulator/view'
import { ComparisonTable } from './ComparisonTable'

export function renderEndComparison(view: SimulationView) {
  return (
    <div className="flex flex-col gap-3">
      <MythCards view={view} />
      <ComparisonTable lanes={view.lanes} />
    </div>
  )
}
