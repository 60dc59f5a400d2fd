// The instructor's kit: generated parts match content/, figures match the simulator's run, and
// the lesson plans add up.

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SCENARIO_TEACHES } from '@/components/instructors/guideData'
import { answerKey } from '@/content/instructors/answerKey'
import { roundTripsSummary, runFigures } from '@/content/instructors/figures'
import { CLAIMS, LESSON_PLANS } from '@/content/instructors/kit'
import { KIT_END, KIT_START, kitMarkdown } from '@/content/instructors/markdown'
import { scenarios } from '@/content/scenarios/catalog'

const doc = readFileSync(path.join(process.cwd(), 'docs', 'instructors.md'), 'utf8')

describe('the instructors’ guide figures', () => {
  it('states the round-trips result the runner produces (POP3: more round trips, fewer bytes received)', () => {
    const { pop3, imap } = runFigures('round-trips')
    expect(pop3.roundTrips).toBeGreaterThan(imap.roundTrips)
    expect(pop3.bytesFromServer).toBeLessThan(imap.bytesFromServer)
    const summary = roundTripsSummary()
    expect(summary).toContain(`POP3 needs more round trips (${pop3.roundTrips} against ${imap.roundTrips})`)
    expect(summary).toContain('receives fewer bytes')
    expect(summary).not.toMatch(/IMAP sends more|POP3 needs fewer/)
    expect(SCENARIO_TEACHES['round-trips']).toBe(summary)
  })

  it('docs/instructors.md says what the guide says about every scenario', () => {
    for (const scenario of scenarios) expect(doc.replace(/`\\Seen`/g, '\\Seen')).toContain(SCENARIO_TEACHES[scenario.id])
  })

  it('docs/instructors.md holds the kit exactly as content/instructors generates it (npm run docs:instructors)', () => {
    const start = doc.indexOf(KIT_START)
    const end = doc.indexOf(KIT_END)
    expect(start).toBeGreaterThan(0)
    expect(doc.slice(start + KIT_START.length, end).trim()).toBe(kitMarkdown().trim())
  })
})

describe('the kit', () => {
  it('maps all twelve claims to scenario steps that exist', () => {
    expect(CLAIMS.map((claim) => claim.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    for (const claim of CLAIMS) {
      expect(claim.shownIn.length).toBeGreaterThan(0)
      for (const ref of claim.shownIn) {
        const scenario = scenarios.find((s) => s.id === ref.scenario)
        expect(scenario, `${claim.n}`).toBeDefined()
        expect(ref.step).toBeGreaterThanOrEqual(1)
        expect(ref.step).toBeLessThanOrEqual(scenario!.steps.length)
        expect(scenario!.claims, `claim ${claim.n} in ${ref.scenario}`).toContain(claim.n)
      }
    }
  })

  it('has lesson plans whose times add up, over scenarios that exist', () => {
    expect(LESSON_PLANS.map((plan) => plan.minutes)).toEqual([20, 50])
    for (const plan of LESSON_PLANS) {
      expect(plan.activities.reduce((sum, a) => sum + a.minutes, 0)).toBe(plan.minutes)
      for (const a of plan.activities) if (a.scenario) expect(scenarios.map((s) => s.id)).toContain(a.scenario)
    }
  })

  it('answer key lists every question with its right answer', () => {
    const key = answerKey()
    const all = scenarios.flatMap((s) => s.questions ?? [])
    expect(key.map((entry) => entry.questionId)).toEqual(all.map((q) => q.id))
    for (const entry of key) expect(entry.answer).toBe(entry.choices[entry.answerIndex])
    expect(kitMarkdown()).toContain(`${key[0].choices[key[0].answerIndex]} **(right)**`)
  })
})
