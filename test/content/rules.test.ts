// The content rules of issue 11, checked over content/: plain, short narration; prediction
// questions that test one misconception each; glossary terms that resolve; myths that point at
// a real scenario step.

import { glossary, termMatches } from '@/content/glossary'
import { glossarySegments } from '@/content/glossaryText'
import { myths } from '@/content/myths'
import { fleschKincaidGrade, protocolKeywords, sentences, syllables, words } from '@/content/readability'
import { scenarios } from '@/content/scenarios/catalog'

const narrations = scenarios.flatMap((scenario) => [
  ...(['pop3', 'imap'] as const).map((protocol) => ({ where: `${scenario.id} intro ${protocol}`, text: scenario.intro[protocol] })),
  ...scenario.steps.flatMap((step, i) =>
    (['pop3', 'imap'] as const).map((protocol) => ({ where: `${scenario.id} step ${i + 1} ${protocol}`, text: step.narration[protocol] })),
  ),
])

const questions = scenarios.flatMap((scenario) => (scenario.questions ?? []).map((question) => ({ scenario, question })))

/** Choices that do not contrast the two protocols: "the same under both", "neither", "under both". */
const NON_CONTRAST = /\b(both|neither|the same)\b/i

describe('readability helpers', () => {
  it('split sentences, count words and syllables as a reader would', () => {
    expect(sentences('The phone logs in. It finds "Lunch?" there! Then it quits.')).toEqual(['The phone logs in.', 'It finds "Lunch?" there!', 'Then it quits.'])
    expect(words('The laptop finds 0 messages: the phone\'s copy.')).toHaveLength(8)
    expect([syllables('phone'), syllables('message'), syllables('delivery'), syllables('table')]).toEqual([1, 2, 4, 2])
    expect(protocolKeywords('UID FETCH sets \\Seen, not RETR.')).toEqual(['FETCH', '\\Seen', 'RETR'])
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeLessThan(2)
  })
})

describe('narration', () => {
  it.each(narrations.map((n) => [n.where, n.text] as const))('%s: sentences of at most 30 words', (_where, text) => {
    for (const sentence of sentences(text)) expect(words(sentence).length, sentence).toBeLessThanOrEqual(30)
  })

  it.each(narrations.map((n) => [n.where, n.text] as const))('%s: at most one protocol keyword per sentence', (_where, text) => {
    for (const sentence of sentences(text)) expect(protocolKeywords(sentence).length, sentence).toBeLessThanOrEqual(1)
  })

  it('names no server brand (those belong in transcript notes and docs)', () => {
    for (const { where, text } of narrations) expect(text, where).not.toMatch(/dovecot|postfix|exchange|gmail|outlook|courier|cyrus/i)
  })
})

describe('prediction questions', () => {
  it('every scripted scenario asks at least one', () => {
    for (const scenario of scenarios) if (scenario.steps.length > 0) expect(scenario.questions?.length ?? 0, scenario.id).toBeGreaterThanOrEqual(1)
  })

  it('at least three have a right answer that does not contrast the protocols', () => {
    const nonContrast = questions.filter(({ question }) => NON_CONTRAST.test(question.choices[question.answerIndex]))
    expect(nonContrast.map(({ question }) => question.id).length).toBeGreaterThanOrEqual(3)
  })

  it('each tests its own misconception', () => {
    const tags = questions.map(({ question }) => question.misconception)
    for (const tag of tags) expect(tag).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(new Set(tags).size).toBe(tags.length)
  })

  it('put the right answer in more than one position, and in none more than half the time', () => {
    const positions = questions.map(({ question }) => question.answerIndex)
    const counts = new Map<number, number>()
    for (const p of positions) counts.set(p, (counts.get(p) ?? 0) + 1)
    expect(counts.size).toBeGreaterThanOrEqual(3)
    for (const n of counts.values()) expect(n).toBeLessThanOrEqual(Math.ceil(positions.length / 2))
  })

  it('no longer repeat "POP3 empties the server" (issue 11 replaced these three)', () => {
    const ids = questions.map(({ question }) => question.id)
    for (const gone of ['second-laptop-finds', 'lost-tablet', 'storage-server']) expect(ids).not.toContain(gone)
    expect(questions.filter(({ question }) => /nothing under pop3/i.test(question.choices[question.answerIndex]))).toHaveLength(1)
  })

  it('have distinct choices, a valid answer and sentences of at most 30 words', () => {
    for (const { question } of questions) {
      expect(new Set(question.choices).size).toBe(question.choices.length)
      expect(question.answerIndex).toBeLessThan(question.choices.length)
      for (const sentence of sentences(`${question.prompt} ${question.explanation}`)) expect(words(sentence).length, sentence).toBeLessThanOrEqual(30)
    }
  })
})

describe('glossary links', () => {
  it('every spelling that marks a term resolves to that term', () => {
    for (const entry of glossary) {
      for (const spelling of termMatches(entry)) {
        const segments = glossarySegments(spelling)
        expect(segments.map((segment) => segment.entry?.id), `${entry.id}: ${spelling}`).toEqual([entry.id])
      }
    }
  })

  it('has the entries issue 11 asked for', () => {
    const ids = glossary.map((entry) => entry.id)
    for (const id of ['ports-tls', 'starttls', 'uid', 'uidvalidity', 'sequence-number', 'flag', 'mailbox', 'idle', 'submission', 'relay', 'webmail']) {
      expect(ids).toContain(id)
    }
    const text = (id: string) => glossary.find((entry) => entry.id === id)?.definition ?? ''
    for (const port of ['110', '995', '143', '993', '587', '465']) expect(text('ports-tls')).toContain(port)
    expect(text('starttls')).toMatch(/STLS/)
  })

  it('marks terms in the lab’s words: every scenario’s narration has at least one', () => {
    for (const scenario of scenarios.filter((s) => s.steps.length > 0)) {
      const all = [scenario.intro.pop3, scenario.intro.imap, ...scenario.steps.flatMap((step) => [step.narration.pop3, step.narration.imap])].join(' ')
      expect(glossarySegments(all).some((segment) => segment.entry), scenario.id).toBe(true)
    }
  })
})

describe('myths', () => {
  it('each links a scenario that exists, at a step it has', () => {
    for (const myth of myths) {
      const scenario = scenarios.find((s) => s.id === myth.scenario)
      expect(scenario, myth.id).toBeDefined()
      expect(myth.step).toBeGreaterThanOrEqual(0)
      expect(myth.step).toBeLessThanOrEqual(scenario!.steps.length)
      expect(myth.evidence.length, myth.id).toBeGreaterThan(0)
    }
  })

  it('every scenario busts at least one', () => {
    for (const scenario of scenarios) expect(myths.some((myth) => myth.scenario === scenario.id), scenario.id).toBe(true)
  })
})
