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

describe('LIST responses (RFC 3501 §7.2.2)', () => {
  const read = (text: string) => untaggedResponse(splitImapResponses(text)[0])

  it("reads Dovecot's LIST lines from the reference transcripts: attributes, delimiter and name", () => {
    // imap-mailboxes.json, `a4 LIST "" "*"`.
    expect(read('* LIST (\\HasNoChildren) "/" Archive\r\n')).toEqual({ kind: 'list', attributes: ['\\HasNoChildren'], delimiter: '/', name: 'Archive' })
    expect(read('* LIST (\\HasNoChildren) "/" INBOX\r\n')).toEqual({ kind: 'list', attributes: ['\\HasNoChildren'], delimiter: '/', name: 'INBOX' })
  })

  it('reads a quoted name, a literal name, a NIL delimiter and an empty attribute list', () => {
    expect(read('* LIST (\\Noselect \\HasChildren) "/" "Old mail"\r\n')).toEqual({ kind: 'list', attributes: ['\\Noselect', '\\HasChildren'], delimiter: '/', name: 'Old mail' })
    expect(read('* LIST () NIL {4}\r\nA"b)\r\n')).toEqual({ kind: 'list', attributes: [], delimiter: null, name: 'A"b)' })
    expect(read('* LIST (\\Noselect) "/" ""\r\n')).toEqual({ kind: 'list', attributes: ['\\Noselect'], delimiter: '/', name: '' })
  })

  it('leaves a LIST line it cannot read whole as "other", with its text', () => {
    expect(read('* LIST \\HasNoChildren "/" Archive\r\n')).toEqual({ kind: 'other', text: 'LIST \\HasNoChildren "/" Archive' })
    expect(read('* LIST (\\HasNoChildren) "/"\r\n')).toEqual({ kind: 'other', text: 'LIST (\\HasNoChildren) "/"' })
  })
})
