import { explainWireLine } from '@/components/transcript/explainWireLine'

describe('explainWireLine', () => {
  it('reads the line with the wire reader before choosing words: literal announcements and literal data', () => {
    expect(explainWireLine('imap', 'client', 'a10 APPEND Archive {57}')).toMatch(/It ends with \{57\}: 57 octets/)
    expect(explainWireLine('imap', 'client', 'From: x@example.org', { previousClientLine: 'a10 APPEND Archive {57}' })).toMatch(/Literal data/)
    expect(explainWireLine('imap', 'server', '+ OK', { previousClientLine: 'a10 APPEND Archive {57}' })).toMatch(/send the literal/)
    expect(explainWireLine('imap', 'server', '* 1 FETCH (UID 1 BODY[] {220}')).toMatch(/BODY\[\] follows as a literal of 220 octets/)
  })

  it('passes POP3 body lines through as the transcript marked them', () => {
    expect(explainWireLine('pop3', 'server', '1 120', { previousClientLine: 'LIST', inMultiline: true })).toMatch(/message 1/i)
  })
})
