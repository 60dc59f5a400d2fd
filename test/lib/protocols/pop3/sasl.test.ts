// Table tests for SASL PLAIN decoding (RFC 4616 §2, RFC 5034 §4) and strict base64 (RFC 4648 §4).

import { decodeBase64, decodePlain, encodeBase64 } from '@/lib/protocols/pop3/sasl'

describe('decodePlain', () => {
  it.each([
    ['AGFsaWNlAHNlY3JldA==', { kind: 'credentials', authzid: '', user: 'alice', password: 'secret' }],
    [encodeBase64('alice\0alice\0secret'), { kind: 'credentials', authzid: 'alice', user: 'alice', password: 'secret' }],
    [encodeBase64('\0bøb\0pässwörd'), { kind: 'credentials', authzid: '', user: 'bøb', password: 'pässwörd' }],
    [encodeBase64('\0alice\0'), { kind: 'credentials', authzid: '', user: 'alice', password: '' }],
    ['=', { kind: 'malformed' }],
    [encodeBase64('alice secret'), { kind: 'malformed' }],
    [encodeBase64('\0a\0b\0c'), { kind: 'malformed' }],
    ['not base64!', { kind: 'invalid-base64' }],
    ['AGFsaWNlAHNlY3JldA', { kind: 'invalid-base64' }],
    ['A===', { kind: 'invalid-base64' }],
    ['', { kind: 'malformed' }],
  ])('%j → %j', (response, expected) => {
    expect(decodePlain(response)).toEqual(expected)
  })
})

describe('base64', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foobar', 'Zm9vYmFy'],
  ])('%j ↔ %j (RFC 4648 §10 test vectors)', (text, encoded) => {
    expect(encodeBase64(text)).toBe(encoded)
    expect(new TextDecoder().decode(decodeBase64(encoded))).toBe(text)
  })

  it.each(['Zg', 'Zg=', 'Z===', '=Zg=', 'Zm9v=', 'Zm 9v', 'Zm9v\r\n'])('rejects %j', (text) => {
    expect(decodeBase64(text)).toBeUndefined()
  })
})
