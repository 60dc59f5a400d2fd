import { glossary, lookupTerm } from '@/content/glossary'

const REQUIRED = [
  'maildrop', 'UID', 'UIDL', 'UIDVALIDITY', 'flag', '\\Seen', '\\Deleted', '\\Recent', 'expunge', 'tag',
  'untagged response', 'literal', 'octet', 'sequence number', 'IDLE', 'SMTP', 'MDA', 'offline copy',
  'leave a copy on server', 'round trip',
]

describe('glossary', () => {
  it.each(REQUIRED)('explains %s', (term) => {
    const entry = lookupTerm(term)
    expect(entry, term).toBeDefined()
    expect(entry!.definition.length).toBeGreaterThan(20)
    expect(entry!.definition.length).toBeLessThan(260)
  })

  it('has unique ids and terms, and well-formed RFC citations', () => {
    expect(new Set(glossary.map((g) => g.id)).size).toBe(glossary.length)
    expect(new Set(glossary.map((g) => g.term.toLowerCase())).size).toBe(glossary.length)
    for (const g of glossary) if (g.rfc) expect(g.rfc).toMatch(/^RFC \d{4}/)
    expect(glossary.length).toBeGreaterThanOrEqual(20)
  })

  it('finds terms by id or term, case-insensitively, and nothing for unknown words', () => {
    expect(lookupTerm('uidvalidity')?.id).toBe('uidvalidity')
    expect(lookupTerm('seen')?.term).toBe('\\Seen')
    expect(lookupTerm('round-trip')?.term).toBe('Round trip')
    expect(lookupTerm('banana')).toBeUndefined()
  })
})
