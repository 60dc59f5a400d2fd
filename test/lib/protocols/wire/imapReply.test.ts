// lib/protocols/wire/imapReply.ts: one logical response at a time, as the console reads them.

import { splitImapResponses, taggedCompletion, untaggedResponse } from '@/lib/protocols/wire'

describe('untaggedResponse and taggedCompletion', () => {
  const [fetch, exists, plus, done] = splitImapResponses('* 1 FETCH (UID 7 BODY[]<0> {3}\r\nabc)\r\n* 4 EXISTS\r\n+ idling\r\na1 NO [TRYCREATE] Mailbox doesn\'t exist: X\r\n')

  it('reads untagged data, and nothing from tagged or "+" lines', () => {
    expect(untaggedResponse(fetch)).toEqual({ kind: 'fetch', seq: 1, attrs: { UID: '7', 'BODY[]<0>': 'abc' } })
    expect(untaggedResponse(exists)).toEqual({ kind: 'exists', count: 4 })
    expect(untaggedResponse(plus)).toBeNull()
    expect(untaggedResponse(done)).toBeNull()
  })

  it('reads the tagged completion with its response code, and nothing from "*" or "+" lines', () => {
    expect(taggedCompletion(done)).toEqual({ tag: 'a1', status: 'NO', code: 'TRYCREATE', text: "Mailbox doesn't exist: X" })
    expect(taggedCompletion(fetch)).toBeNull()
    expect(taggedCompletion(plus)).toBeNull()
  })
})
