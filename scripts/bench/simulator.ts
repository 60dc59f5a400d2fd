// Benchmark: the simulator with 4 devices × 1,000 messages. Milliseconds per workflow step
// (a client.step through the real server) and for the whole scenario, per protocol.

import { createActor } from 'xstate'
import { createMailServer, type Protocol } from '@/lib/protocols'
import { clearRunCache, createConnectionWire, createSimulationContext, imapClientMachine, pop3ClientMachine, scaleScenario, toReport } from '@/lib/simulator'
import { printFigure } from './report'

const MESSAGES = 1_000
const DEVICES = 4
const SCENARIO_BUDGET_MS = 5_000

function perStep(protocol: Protocol): { steps: number; ms: number } {
  const scenario = scaleScenario(MESSAGES, DEVICES)
  const server = createMailServer({ users: scenario.world.users })
  let steps = 0
  let elapsed = 0
  for (const device of scenario.world.devices) {
    const wire = createConnectionWire(() => server.connect(protocol), () => {})
    const input = { device: device.id, user: 'alice', password: 'secret', wire }
    const actor =
      protocol === 'pop3'
        ? createActor(pop3ClientMachine, { input: { ...input, leaveCopy: true } }).start()
        : createActor(imapClientMachine, { input: { ...input, offlineCopies: 'full' as const } }).start()
    actor.send({ type: 'client.check' })
    while (actor.getSnapshot().matches('session')) {
      const started = performance.now()
      actor.send({ type: 'client.step' })
      elapsed += performance.now() - started
      steps++
    }
  }
  return { steps, ms: elapsed / steps }
}

export function benchSimulator(): void {
  for (const protocol of ['pop3', 'imap'] as const) {
    const { steps, ms } = perStep(protocol)
    printFigure(`${protocol.toUpperCase()} ms per workflow step (${steps} steps, ${DEVICES} devices × ${MESSAGES} messages)`, ms.toFixed(2), 'none (figure to watch)', null)
  }
  for (const granularity of ['action', 'step'] as const) {
    clearRunCache()
    const scenario = scaleScenario(MESSAGES, DEVICES)
    const started = performance.now()
    toReport(createSimulationContext([scenario], { scenario, granularity }))
    const ms = performance.now() - started
    printFigure(`whole scenario, both lanes, ${scenario.steps.length} actions (granularity ${granularity}) ms`, ms.toFixed(0), `≤ ${SCENARIO_BUDGET_MS} ms`, ms <= SCENARIO_BUDGET_MS)
  }
}
