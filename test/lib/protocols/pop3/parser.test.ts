// Table tests for the POP3 line parser (RFC 1939 §3): keyword, arguments, numbers.

import { asciiUpperCase, parseCommandLine, parseLeadingNumber, skipSpaces } from '@/lib/protocols/pop3/parser'

describe('parseCommandLine', () => {
  it.each([
    ['STAT', { name: 'STAT', args: '' }],
    ['stat', { name: 'STAT', args: '' }],
    ['Retr 1', { name: 'RETR', args: '1' }],
    ['RETR  1', { name: 'RETR', args: ' 1' }],
    ['TOP 1 10', { name: 'TOP', args: '1 10' }],
    ['PASS my secret ', { name: 'PASS', args: 'my secret ' }],
    ['', { name: '', args: '' }],
    [' STAT', { name: '', args: 'STAT' }],
    ['USER ', { name: 'USER', args: '' }],
    ['FOO\r\nBAR', { name: 'FOO\r\nBAR', args: '' }],
    ['qUiT\u0000x', { name: 'QUIT\u0000X', args: '' }],
    ['straße 1', { name: 'STRAßE', args: '1' }],
  ])('%j → %j', (line, expected) => {
    expect(parseCommandLine(line)).toEqual(expected)
  })
})

describe('asciiUpperCase and skipSpaces', () => {
  it.each([
    ['abc', 'ABC'],
    ['ß', 'ß'],
    ['AbC1', 'ABC1'],
  ])('asciiUpperCase(%j) = %j', (text, expected) => expect(asciiUpperCase(text)).toBe(expected))

  it.each([
    ['  1', '1'],
    ['1 ', '1 '],
    ['\t1', '\t1'],
    ['', ''],
  ])('skipSpaces(%j) = %j', (text, expected) => expect(skipSpaces(text)).toBe(expected))
})

describe('parseLeadingNumber (Dovecot str_parse_uint)', () => {
  const max = 2n ** 32n - 1n
  it.each([
    ['1', { kind: 'number', value: 1n, rest: '' }],
    ['007', { kind: 'number', value: 7n, rest: '' }],
    ['12abc', { kind: 'number', value: 12n, rest: 'abc' }],
    ['3 10', { kind: 'number', value: 3n, rest: ' 10' }],
    ['4294967295', { kind: 'number', value: max, rest: '' }],
    ['4294967296', { kind: 'too-large' }],
    ['99999999999999999999999', { kind: 'too-large' }],
    ['', { kind: 'invalid' }],
    ['abc', { kind: 'invalid' }],
    ['-1', { kind: 'invalid' }],
    ['+1', { kind: 'invalid' }],
    [' 1', { kind: 'invalid' }],
    ['١', { kind: 'invalid' }],
  ])('%j → %o', (text, expected) => {
    expect(parseLeadingNumber(text, max)).toEqual(expected)
  })
})
