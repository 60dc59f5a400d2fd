// Input → output tables for the IMAP formatter (RFC 3501 §4, §7): strings, flags, dates,
// UID sets, ENVELOPE and BODYSTRUCTURE.

import { formatBodyStructure } from '@/lib/protocols/imap/bodystructure'
import { formatEnvelope } from '@/lib/protocols/imap/envelope'
import { astring, flagList, formatInternalDate, formatUidSet, imapString, literal, nstring, statusLine } from '@/lib/protocols/imap/formatter'
import { messageStructure, parseHeader, selectHeaderFields, splitMessage } from '@/lib/protocols/imap/mime'
import { toCrlf } from '@/lib/protocols/mailstore'
import { utf8Octets } from '@/lib/protocols/octets'

describe('strings (RFC 3501 §4.3)', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    ['say "hi" \\o/', '"say \\"hi\\" \\\\o/"'],
    ['two\r\nlines', '{10}\r\ntwo\r\nlines'],
    // Values are octet strings: "grüße" in UTF-8 is 7 octets.
    [utf8Octets('grüße'), `{7}\r\n${utf8Octets('grüße')}`],
  ])('imapString(%j) = %j', (value, expected) => {
    expect(imapString(value)).toBe(expected)
  })

  it.each([
    ['INBOX', 'INBOX'],
    ['Work/2024', 'Work/2024'],
    ['My Mail', '"My Mail"'],
    ['NIL', '"NIL"'],
    ['', '""'],
    ['a%b', '"a%b"'],
  ])('astring(%j) = %j', (value, expected) => {
    expect(astring(value)).toBe(expected)
  })

  it('nstring, literal and status lines', () => {
    expect(nstring(undefined)).toBe('NIL')
    expect(nstring('x')).toBe('"x"')
    expect(literal('ab')).toBe('{2}\r\nab')
    expect(statusLine('a1', 'OK', 'done', 'READ-WRITE')).toBe('a1 OK [READ-WRITE] done')
    expect(statusLine('*', 'BYE', 'bye')).toBe('* BYE bye')
  })
})

describe('flags, dates and UID sets', () => {
  it.each<[string[], boolean, string]>([
    [[], false, '()'],
    [[], true, '(\\Recent)'],
    [['\\Seen', '\\Answered'], true, '(\\Answered \\Seen \\Recent)'],
    [['$Work', '\\Draft', '\\Flagged'], false, '(\\Flagged \\Draft $Work)'],
  ])('flagList(%j, %s)', (flags, recent, expected) => {
    expect(flagList(flags, recent)).toBe(expected)
  })

  it.each([
    [1_700_000_001, '14-Nov-2023 22:13:21 +0000'],
    [0, '01-Jan-1970 00:00:00 +0000'],
    [1_709_251_199, '29-Feb-2024 23:59:59 +0000'],
  ])('formatInternalDate(%i)', (seconds, expected) => {
    expect(formatInternalDate(new Date(seconds * 1000))).toBe(expected)
  })

  it.each<[number[], string]>([
    [[1], '1'],
    [[1, 2, 3], '1:3'],
    [[1, 3, 4, 5, 9], '1,3:5,9'],
    [[], ''],
  ])('formatUidSet(%j)', (uids, expected) => {
    expect(formatUidSet(uids)).toBe(expected)
  })
})

const message = (text: string) => ({ octets: toCrlf(text) })

describe('ENVELOPE (RFC 3501 §7.4.2)', () => {
  it.each([
    [
      'From: Bob Example <bob@example.org>\nTo: Alice Example <alice@example.org>\nSubject: Hi\nDate: Tue, 14 Nov 2023 22:13:21 +0000\nMessage-ID: <m@x>\n\nbody\n',
      '("Tue, 14 Nov 2023 22:13:21 +0000" "Hi" (("Bob Example" NIL "bob" "example.org")) (("Bob Example" NIL "bob" "example.org")) (("Bob Example" NIL "bob" "example.org")) (("Alice Example" NIL "alice" "example.org")) NIL NIL NIL "<m@x>")',
    ],
    [
      'From: a@x.org\nSender: s@x.org\nReply-To: "Last, First" <r@x.org>\nTo: t1@x.org, T Two <t2@x.org>\nCc: undisclosed-recipients:;\nIn-Reply-To: <p@x>\nSubject: =?UTF-8?Q?caf=C3=A9?=\n\n',
      '(NIL "=?UTF-8?Q?caf=C3=A9?=" ((NIL NIL "a" "x.org")) ((NIL NIL "s" "x.org")) (("Last, First" NIL "r" "x.org")) ((NIL NIL "t1" "x.org")("T Two" NIL "t2" "x.org")) ((NIL NIL "undisclosed-recipients" NIL)(NIL NIL NIL NIL)) NIL "<p@x>" NIL)',
    ],
    ['Subject: folded\n  over lines\n\n', '(NIL "folded  over lines" NIL NIL NIL NIL NIL NIL NIL NIL)'],
    ['From: x@y (Comment Name)\n\n', '(NIL NIL (("Comment Name" NIL "x" "y")) (("Comment Name" NIL "x" "y")) (("Comment Name" NIL "x" "y")) NIL NIL NIL NIL NIL)'],
  ])('%#', (text, expected) => {
    expect(formatEnvelope(messageStructure(message(text)).fields)).toBe(expected)
  })
})

describe('BODYSTRUCTURE (RFC 3501 §7.4.2)', () => {
  it.each([
    ['Subject: x\n\na\nb\n', false, '("text" "plain" ("charset" "us-ascii") NIL NIL "7bit" 6 2)'],
    ['Content-Type: TEXT/HTML; charset=utf-8\nContent-ID: <c@x>\n\n<p>\n', true, '("TEXT" "HTML" ("charset" "utf-8") "<c@x>" NIL "7bit" 5 1 NIL NIL NIL NIL)'],
    ['Content-Type: image/png\nContent-Transfer-Encoding: base64\n\nAAAA\n', true, '("image" "png" NIL NIL NIL "base64" 6 NIL NIL NIL NIL)'],
  ])('%#', (text, extended, expected) => {
    expect(formatBodyStructure(messageStructure(message(text)), extended)).toBe(expected)
  })

  it('message/rfc822 parts carry the envelope, structure and lines of the inner message', () => {
    const text = 'Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: message/rfc822\n\nSubject: inner\n\nhi\n--x--\n'
    expect(formatBodyStructure(messageStructure(message(text)), false)).toBe(
      '(("message" "rfc822" NIL NIL NIL "7bit" 20 (NIL "inner" NIL NIL NIL NIL NIL NIL NIL NIL) ("text" "plain" ("charset" "us-ascii") NIL NIL "7bit" 2 1) 3) "mixed")',
    )
  })
})

describe('header selection', () => {
  const raw = toCrlf('A: 1\nB: 2\n  cont\nC: 3\n\nbody\n')
  it.each<[string[], boolean, string]>([
    [['b'], false, 'B: 2\r\n  cont\r\n\r\n'],
    [['A', 'C'], false, 'A: 1\r\nC: 3\r\n\r\n'],
    [['B'], true, 'A: 1\r\nC: 3\r\n\r\n'],
    [['Z'], false, '\r\n'],
  ])('%j not=%s', (names, exclude, expected) => {
    expect(selectHeaderFields(splitMessage(raw).header, names, exclude)).toBe(expected)
  })

  it('splits at the first blank line and unfolds fields', () => {
    expect(splitMessage('X: y\r\n\r\nbody')).toEqual({ header: 'X: y\r\n\r\n', body: 'body' })
    expect(splitMessage('\r\nbody')).toEqual({ header: '\r\n', body: 'body' })
    expect(splitMessage('X: y')).toEqual({ header: 'X: y', body: '' })
    expect(parseHeader('B: 2\r\n  cont\r\n\r\n')).toEqual([{ name: 'B', value: '2  cont', raw: 'B: 2\r\n  cont\r\n' }])
  })
})
