// Self-tests for the SMTP conformance oracle: it must fail on the broken replies it exists to
// catch, or a passing conformance test would mean nothing.

import { compareSmtp } from './compare'
import { newPlaceholderState, placeholderise, splitSmtpReplies } from './placeholders'

const EHLO = '250-mail.example.org\r\n250-PIPELINING\r\n250-SIZE 100000\r\n250 CHUNKING\r\n'

describe('the SMTP reply comparator', () => {
  it('accepts the same codes with other free text, and fewer EHLO keywords', () => {
    expect(compareSmtp('250 2.1.0 Ok\r\n', '250 2.1.0 Sender fine\r\n')).toEqual([])
    expect(compareSmtp(EHLO, '250-mail.example.org\r\n250 SIZE 100000\r\n')).toEqual([])
  })

  it.each([
    ['another code', '250 2.1.0 Ok\r\n', '251 2.1.0 Ok\r\n'],
    ['another enhanced code', '550 5.1.1 no\r\n', '550 5.1.2 no\r\n'],
    ['a missing enhanced code', '535 5.7.8 Error\r\n', '535 Error\r\n'],
    ['an extra reply', '250 2.0.0 Ok\r\n', '250 2.0.0 Ok\r\n250 2.0.0 Ok\r\n'],
    ['a missing reply', '250 2.0.0 Ok\r\n', ''],
    ['an EHLO keyword Postfix did not offer', EHLO, '250-mail.example.org\r\n250 STARTTLS\r\n'],
    ['another EHLO host name', EHLO, '250-mail.example.net\r\n250 SIZE 100000\r\n'],
    ['a multi-line reply that never ends', EHLO, '250-mail.example.org\r\n250-SIZE 100000\r\n'],
    ['a line without CRLF', '250 2.0.0 Ok\r\n', '250 2.0.0 Ok'],
    ['a line that is not a reply', '250 2.0.0 Ok\r\n', 'OK 250\r\n'],
  ])('fails on %s', (_, recorded, ours) => {
    expect(compareSmtp(recorded, ours)).not.toEqual([])
  })

  it('throws on a code that changes inside a multi-line reply', () => {
    expect(() => splitSmtpReplies('250-a\r\n251 b\r\n')).toThrow()
  })
})

describe('placeholderise', () => {
  it('numbers queue ids, LMTP ids and UIDVALIDITY by first appearance, and replaces server dates only', () => {
    const state = newPlaceholderState()
    expect(placeholderise('250 2.0.0 Ok: queued as 4A1C3E10F9\r\n', state)).toBe('250 2.0.0 Ok: queued as <QUEUEID-1>\r\n')
    expect(placeholderise('* OK [UIDVALIDITY 1700000000] x\r\n', state)).toBe('* OK [UIDVALIDITY <UIDVALIDITY-1>] x\r\n')
    const body = 'Received: x\r\n\tby h (Postfix) with ESMTPA id 4A1C3E10F9\r\n\tfor <a@b>; Tue, 14 Nov 2023 22:13:21 +0000 (UTC)\r\nDate: Tue, 14 Nov 2023 22:14:00 +0000\r\n'
    const wire = `* 4 FETCH (RFC822.SIZE ${body.length} BODY[] {${body.length}}\r\n${body})\r\n`
    const out = placeholderise(wire, state)
    const replaced = 'Received: x\r\n\tby h (Postfix) with ESMTPA id <QUEUEID-1>\r\n\tfor <a@b>; <DATE> (UTC)\r\nDate: Tue, 14 Nov 2023 22:14:00 +0000\r\n'
    expect(out).toBe(`* 4 FETCH (RFC822.SIZE ${replaced.length} BODY[] {${replaced.length}}\r\n${replaced})\r\n`)
  })

  it('recomputes a POP3 octet count', () => {
    const body = 'X: 1; Tue, 14 Nov 2023 22:13:21 +0000\r\n'
    expect(placeholderise(`+OK ${body.length} octets\r\n${body}.\r\n`, newPlaceholderState())).toBe(`+OK ${'X: 1; <DATE>\r\n'.length} octets\r\nX: 1; <DATE>\r\n.\r\n`)
  })
})
