// lib/protocols/wire: literal-aware IMAP responses and the client's reading of a reply.

import fc from 'fast-check'
import { parseImapReply, splitImapResponses } from '@/lib/protocols/wire'

describe('splitImapResponses', () => {
  it('keeps a response whole across its literal, counting octets', () => {
    const wire = '* 2 FETCH (UID 7 BODY[HEADER] {9}\r\nA: é\r\n\r\n)\r\n* 3 EXISTS\r\na1 OK done\r\n'
    expect(splitImapResponses(wire)).toEqual([
      { text: '* 2 FETCH (UID 7 BODY[HEADER] {9})', literals: ['A: é\r\n\r\n'] },
      { text: '* 3 EXISTS', literals: [] },
      { text: 'a1 OK done', literals: [] },
    ])
  })

  it('never throws, whatever the server wrote (seed 3010)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('* ', '{3}', '{99}', '\r\n', 'a', 'é', '+ ')).map((p) => p.join('')), (wire) => {
        expect(() => splitImapResponses(wire)).not.toThrow()
      }),
      { seed: 3010, numRuns: 500 },
    )
  })
})

describe('parseImapReply', () => {
  it('reads EXISTS, EXPUNGE, FETCH data items with literals, status lines and the tagged completion', () => {
    const wire =
      '* 3 EXISTS\r\n* 1 EXPUNGE\r\n* OK [UIDVALIDITY 5] UIDs valid\r\n' +
      '* 2 FETCH (UID 7 FLAGS (\\Seen) RFC822.SIZE 40 BODY[HEADER] {9}\r\nA: é\r\n\r\n)\r\n+ idling\r\na1 OK [READ-WRITE] Select completed.\r\n'
    expect(parseImapReply(wire)).toEqual({
      untagged: [
        { kind: 'exists', count: 3 },
        { kind: 'expunge', seq: 1 },
        { kind: 'status', status: 'OK', code: 'UIDVALIDITY 5', text: 'UIDs valid' },
        { kind: 'fetch', seq: 2, attrs: { UID: '7', FLAGS: ['\\Seen'], 'RFC822.SIZE': '40', 'BODY[HEADER]': 'A: é\r\n\r\n' } },
      ],
      tagged: { tag: 'a1', status: 'OK', code: 'READ-WRITE', text: 'Select completed.' },
    })
  })

  it('reads quoted strings and NIL', () => {
    const reply = parseImapReply('* 1 FETCH (ENVELOPE ("a \\"b\\"" NIL))\r\n')
    expect(reply.untagged[0]).toEqual({ kind: 'fetch', seq: 1, attrs: { ENVELOPE: ['a "b"', null] } })
  })
})
