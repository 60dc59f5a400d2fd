import { myths, mythsForScenario, scenarioIds } from '@/content/myths'

describe('myths', () => {
  it('have unique ids, a myth, a fact and a known scenario', () => {
    expect(new Set(myths.map((m) => m.id)).size).toBe(myths.length)
    for (const m of myths) {
      expect(m.myth.length).toBeGreaterThan(10)
      expect(m.fact.length).toBeGreaterThan(m.myth.length / 2)
      expect(scenarioIds).toContain(m.scenario)
      if (m.rfc) expect(m.rfc).toMatch(/^RFC \d{4}/)
    }
  })

  it('cover the article’s oversimplifications', () => {
    const text = (id: string) => myths.find((m) => m.id === id)?.fact ?? ''
    expect(text('pop3-always-deletes')).toMatch(/leave a copy/)
    expect(text('protocols-send-mail')).toMatch(/SMTP/)
    expect(text('imap-always-online')).toMatch(/offline copies/)
    expect(text('pop3-faster')).toMatch(/round trips/)
  })

  it('give every scenario at least one note, and find them by scenario', () => {
    for (const id of scenarioIds) expect(mythsForScenario(id).length, id).toBeGreaterThan(0)
    expect(mythsForScenario('no-such-scenario')).toEqual([])
  })
})
