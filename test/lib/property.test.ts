// Self-test of test/setup-property.ts: properties run from the fixed seed, and a failing one
// names that seed in its message, so the failure can be replayed.
import fc from 'fast-check'
import { PROPERTY_SEED } from '../setup-property'

describe('fast-check runs from a fixed, printed seed', () => {
  it('uses the fixed seed for every property that does not bring its own', () => {
    expect(fc.readConfigureGlobal().seed).toBe(PROPERTY_SEED)
    const draws = () => {
      const seen: number[] = []
      fc.assert(fc.property(fc.integer(), (value) => void seen.push(value)), { numRuns: 20 })
      return seen
    }
    // Without a fixed seed, fast-check seeds from the clock and two runs draw different values.
    expect(draws()).toEqual(draws())
  })

  it('puts the seed in the failure message', () => {
    expect(() => fc.assert(fc.property(fc.nat(), (n) => n < 0))).toThrow(`seed: ${PROPERTY_SEED},`)
  })
})
