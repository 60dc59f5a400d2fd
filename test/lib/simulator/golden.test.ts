// Every scenario's runner report (what `npm run simulate -- --scenario <id> --protocol both
// --json` prints) matches its recording in test/fixtures/golden/ byte for byte. See the README
// there for what the recordings are and how to regenerate them on purpose.

import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { scenarios } from '@/content/scenarios'
import { clearRunCache, createSimulationContext, toReport } from '@/lib/simulator'

const dir = path.resolve(__dirname, '../../fixtures/golden')

/** The runner's --json output for a scenario under both protocols. */
function runnerJson(scenarioId: string): string {
  const context = createSimulationContext(scenarios, { scenarioId, protocols: ['pop3', 'imap'], granularity: 'action' })
  return `${JSON.stringify(toReport(context), null, 2)}\n`
}

describe('golden runner reports', () => {
  afterAll(() => clearRunCache())

  it.each(scenarios.map((scenario) => scenario.id))('%s is unchanged', (id) => {
    const file = path.join(dir, `${id}.json`)
    const actual = runnerJson(id)
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual)
    expect(actual).toBe(readFileSync(file, 'utf8'))
  })
})
