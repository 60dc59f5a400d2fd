import { parseCount, parseFetch, taggedStatus } from '@/lib/console/imapResponses'
import { splitImapResponses as imapResponses } from '@/lib/protocols/wire'

describe('imapResponses', () => {
  const body = 'Subject: x\r\n\r\nhi\r\n'
  const reply = `* 2 FETCH (UID 2 BODY[] {${body.length}}\r\n${body} FLAGS (\\Seen))\r\n* 3 EXISTS\r\na4 OK Fetch completed.\r\n`

  it('keeps literal data out of the response lines', () => {
    const responses = imapResponses(reply)
    expect(responses.map((r) => r.text)).toEqual([
      `* 2 FETCH (UID 2 BODY[] {${body.length}} FLAGS (\\Seen))`,
      '* 3 EXISTS',
      'a4 OK Fetch completed.',
    ])
    expect(responses[0].literals).toEqual([body])
  })

  it('reads FETCH data, counts and the tagged status', () => {
    const responses = imapResponses(reply)
    expect(parseFetch(responses[0])).toEqual({ seq: 2, uid: 2, flags: ['\\Seen'], hasBody: true })
    expect(parseCount(responses[1])).toEqual({ kind: 'exists', n: 3 })
    expect(taggedStatus(responses, 'a4')).toBe('OK')
    expect(taggedStatus(responses, 'a5')).toBeNull()
  })

  it('tells a header-only fetch from a body fetch', () => {
    const [response] = imapResponses('* 1 FETCH (BODY[HEADER] {3}\r\nabc)\r\n')
    expect(parseFetch(response)?.hasBody).toBe(false)
    const [peek] = imapResponses('* 1 FETCH (BODY[] {3}\r\nabc)\r\n')
    expect(parseFetch(peek)?.hasBody).toBe(true)
  })

  it('does not mistake a continuation request for a literal', () => {
    expect(imapResponses('+ OK {5}\r\n').map((r) => r.text)).toEqual(['+ OK {5}'])
  })

  it('survives truncated input', () => {
    expect(() => imapResponses('* 1 FETCH (BODY[] {99}\r\nshort')).not.toThrow()
  })
})
