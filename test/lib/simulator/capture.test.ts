// Frames keep the identity of what did not change (issue 14, step cost): a device whose view is
// equal to the frame before's is that same object, so the lab can skip re-rendering it; a device
// that changed gets a new view. Values never depend on it (the goldens check the values).

import { getRun, type DeviceView } from '@/lib/simulator'
import type { LaneFrame } from '@/lib/simulator/capture'
import { getScenario } from '@/content/scenarios'

function frames(scenarioId: string, protocol: 'pop3' | 'imap'): LaneFrame[] {
  const scenario = getScenario(scenarioId)!
  const run = getRun({ world: scenario.world, actions: scenario.steps.map((step) => step.action), protocols: [protocol], granularity: 'exchange' })
  const lane = run.lanes[protocol]!
  return [lane.initial, ...lane.frames.flat()]
}

describe('captureLane keeps device views that did not change', () => {
  for (const [scenarioId, protocol] of [
    ['read-sync', 'imap'],
    ['read-sync', 'pop3'],
    ['sending', 'imap'],
  ] as const) {
    it(`${scenarioId}, ${protocol}: an equal device view is the frame before's object, a changed one is new`, () => {
      const all = frames(scenarioId, protocol)
      let kept = 0
      let renewed = 0
      for (let i = 1; i < all.length; i++) {
        for (const device of all[i].devices) {
          const before = all[i - 1].devices.find((candidate: DeviceView) => candidate.id === device.id)
          if (!before) continue
          const equal = JSON.stringify(before) === JSON.stringify(device)
          expect(device === before, `frame ${i}, ${device.id}`).toBe(equal)
          if (equal) kept++
          else renewed++
        }
      }
      // The scenario both changes devices and leaves some alone, so both branches were checked.
      expect(kept).toBeGreaterThan(0)
      expect(renewed).toBeGreaterThan(0)
    })
  }

})
