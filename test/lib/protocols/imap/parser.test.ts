// Input → output tables for the IMAP parser (RFC 3501 §4, §9) and the fetch-item, sequence-set
// and search-key parsers built on it.

import fc from 'fast-check'
import { parseFetchItems, parseSection } from '@/lib/protocols/imap/fetchItems'
import { isValidTag, parseArgs, splitCommandHead } from '@/lib/protocols/imap/parser'
import { parseSearchKeys } from '@/lib/protocols/imap/search'
import { parseSequenceSet, resolveSequenceNumbers, resolveUidSet as resolveUids, type SeqRange } from '@/lib/protocols/imap/sequence'
import type { ArgsOutcome, ImapArg } from '@/lib/protocols/imap/arguments'

const resolveUidSet = (set: Parameters<typeof resolveUids>[0], uids: number[]) => resolveUids(set, uids.length, (index) => uids[index])
const atom = (value: string): ImapArg => ({ kind: 'atom', value })
const quoted = (value: string): ImapArg => ({ kind: 'string', value, literal: false })
const lit = (value: string): ImapArg => ({ kind: 'string', value, literal: true })
const list = (...items: ImapArg[]): ImapArg => ({ kind: 'list', items })
const ok = (...args: ImapArg[]): ArgsOutcome => ({ kind: 'ok', args })
const parse = (...parts: string[]) => parseArgs(parts, { maxLiteral: 65536 })

describe('splitCommandHead', () => {
  it.each([
    ['a1 NOOP', { tag: 'a1', name: 'NOOP', uid: false, rest: '' }],
    ['a1 uid fetch 1 FLAGS', { tag: 'a1', name: 'fetch', uid: true, rest: '1 FLAGS' }],
    ['NOOP', { tag: 'NOOP', name: undefined, uid: false, rest: '' }],
    ['', { tag: '', name: undefined, uid: false, rest: '' }],
    ['a  NOOP', { tag: 'a', name: '', uid: false, rest: 'NOOP' }],
    ['a UID', { tag: 'a', name: 'UID', uid: false, rest: '' }],
  ])('%j', (line, expected) => {
    expect(splitCommandHead(line)).toEqual(expected)
  })
})

describe('isValidTag (RFC 3501 §9 tag)', () => {
  it.each([
    ['a1', true],
    ['A.b-c_]', true],
    ['', false],
    ['a+', false],
    ['a(', false],
    ['a*', false],
    ['a"', false],
    ['a{', false],
    ['é', false],
  ])('%j → %s', (tag, expected) => {
    expect(isValidTag(tag)).toBe(expected)
  })
})

describe('parseArgs', () => {
  it.each<[string[], ArgsOutcome]>([
    [[''], ok()],
    [['INBOX'], ok(atom('INBOX'))],
    [['"" "*"'], ok(quoted(''), quoted('*'))],
    [['"a \\"b\\" \\\\c"'], ok(quoted('a "b" \\c'))],
    [['1:* (FLAGS UID)'], ok(atom('1:*'), list(atom('FLAGS'), atom('UID')))],
    [['1 (BODY[HEADER.FIELDS (SUBJECT FROM)]<0.10>)'], ok(atom('1'), list(atom('BODY[HEADER.FIELDS (SUBJECT FROM)]<0.10>')))],
    [['(\\Seen \\Flagged) ((a) b)'], ok(list(atom('\\Seen'), atom('\\Flagged')), list(list(atom('a')), atom('b')))],
    [['x  y'], ok(atom('x'), atom('y'))],
    [['{5}', 'alice', ' {6}', 'secret', ''], ok(lit('alice'), lit('secret'))],
    [['{3}', 'INB', 'OX'], ok(lit('INB'), atom('OX'))],
    [['A {5}'], { kind: 'literal', size: 5, sync: true, args: [atom('A')] }],
    [['A {5+}'], { kind: 'literal', size: 5, sync: false, args: [atom('A')] }],
    [['(FLAGS'], { kind: 'error', message: "Missing ')'" }],
    [['FLAGS)'], { kind: 'error', message: "Unexpected ')'" }],
    [['"abc'], { kind: 'error', message: 'Missing \'"\'' }],
    [['{abc}'], { kind: 'error', message: 'Invalid literal size' }],
    [['{5}x'], { kind: 'error', message: 'Expected CR/LF after literal' }],
    [['{999999999999}'], { kind: 'error', message: 'Literal size too large', fatal: true }],
    [['BODY[TEXT'], { kind: 'error', message: "Missing ']'" }],
    [['a\u0001b'], { kind: 'error', message: 'Invalid characters in atom' }],
    [['"a\u0000"'], { kind: 'error', message: 'NULs not allowed in strings' }],
  ])('%j', (parts, expected) => {
    expect(parse(...parts)).toEqual(expected)
  })
})

describe('sequence sets (RFC 3501 §9)', () => {
  it.each<[string, ReturnType<typeof parseSequenceSet>]>([
    ['1', [{ from: 1, to: 1 }]],
    ['1:*', [{ from: 1, to: '*' }]],
    ['2,4:5', [{ from: 2, to: 2 }, { from: 4, to: 5 }]],
    ['*', [{ from: '*', to: '*' }]],
    ['0', undefined],
    ['x', undefined],
    ['1:2:3', undefined],
    ['1,', undefined],
    ['', undefined],
    ['4294967296', undefined],
  ])('%j', (text, expected) => {
    expect(parseSequenceSet(text)).toEqual(expected)
  })

  it('resolves message numbers, refusing any beyond the mailbox', () => {
    expect(resolveSequenceNumbers(parseSequenceSet('3:1,2')!, 3)).toEqual([1, 2, 3])
    expect(resolveSequenceNumbers(parseSequenceSet('*')!, 3)).toEqual([3])
    expect(resolveSequenceNumbers(parseSequenceSet('4')!, 3)).toBeUndefined()
    expect(resolveSequenceNumbers(parseSequenceSet('1:*')!, 0)).toBeUndefined()
  })

  it('resolves UIDs, matching nothing out of range and the last message for n:*', () => {
    expect(resolveUidSet(parseSequenceSet('2:4')!, [1, 3, 7])).toEqual([1])
    expect(resolveUidSet(parseSequenceSet('100:*')!, [1, 3, 7])).toEqual([2])
    expect(resolveUidSet(parseSequenceSet('100:200')!, [1, 3, 7])).toEqual([])
    expect(resolveUidSet(parseSequenceSet('1:*')!, [])).toEqual([])
  })

  // The resolvers search and merge spans for speed; they must name exactly what a plain scan does.
  const rangeArb = fc.record({
    from: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant('*' as const)),
    to: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant('*' as const)),
  })
  const inRange = (value: number, range: SeqRange, star: number) => {
    const a = range.from === '*' ? star : range.from
    const b = range.to === '*' ? star : range.to
    return value >= Math.min(a, b) && value <= Math.max(a, b)
  }

  it('resolves UID sets exactly as a plain scan would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 20 }), fc.array(rangeArb, { minLength: 1, maxLength: 4 }), (raw, ranges) => {
        const uids = [...raw].sort((a, b) => a - b)
        const star = uids[uids.length - 1]
        const expected = uids.flatMap((uid, index) => (ranges.some((range) => inRange(uid, range, star)) ? [index] : []))
        expect(resolveUidSet(ranges, uids)).toEqual(expected)
      }),
    )
  })

  it('resolves message numbers exactly as a plain scan would', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.array(rangeArb, { minLength: 1, maxLength: 4 }), (count, ranges) => {
        const outOfRange = count === 0 || ranges.some((range) => [range.from, range.to].some((bound) => bound !== '*' && bound > count))
        const expected = outOfRange ? undefined : Array.from({ length: count }, (_, i) => i + 1).filter((seq) => ranges.some((range) => inRange(seq, range, count)))
        expect(resolveSequenceNumbers(ranges, count)).toEqual(expected)
      }),
    )
  })
})

describe('FETCH items (RFC 3501 §6.4.5)', () => {
  it.each([
    ['FAST', ['FLAGS', 'INTERNALDATE', 'RFC822.SIZE']],
    ['all', ['FLAGS', 'INTERNALDATE', 'RFC822.SIZE', 'ENVELOPE']],
    ['FULL', ['FLAGS', 'INTERNALDATE', 'RFC822.SIZE', 'ENVELOPE', 'BODY']],
    ['rfc822.size', ['RFC822.SIZE']],
  ])('%s', (text, kinds) => {
    const parsed = parseFetchItems(atom(text))
    expect(parsed.ok && parsed.value.map((item) => item.kind)).toEqual(kinds)
  })

  it.each([
    ['BODY[]', 'BODY[]', false],
    ['BODY.PEEK[]<0.10>', 'BODY[]<0>', true],
    ['body[header.fields (subject "X-A")]', 'BODY[HEADER.FIELDS (SUBJECT X-A)]', false],
    ['BODY.PEEK[1.2.MIME]', 'BODY[1.2.MIME]', true],
    ['BODY[2.HEADER.FIELDS.NOT (To)]<5.1>', 'BODY[2.HEADER.FIELDS.NOT (TO)]<5>', false],
    ['BODY[TEXT]', 'BODY[TEXT]', false],
  ])('%s → %s', (text, label, peek) => {
    const parsed = parseFetchItems(atom(text))
    expect(parsed.ok && parsed.value[0]).toMatchObject({ kind: 'section', label, peek })
  })

  it.each(['BOGUS', 'BODY[FOO]', 'BODY[MIME]', 'BODY[HEADER.FIELDS]', 'BODY[HEADER.FIELDS ()]', 'BODY[]<0>', 'BODY.PEEK'])('%s is refused', (text) => {
    expect(parseFetchItems(atom(text)).ok).toBe(false)
  })

  it('refuses an empty list, strings and a missing argument', () => {
    expect(parseFetchItems(list()).ok).toBe(false)
    expect(parseFetchItems(quoted('FLAGS')).ok).toBe(false)
    expect(parseFetchItems(undefined).ok).toBe(false)
  })

  it('parses sections', () => {
    expect(parseSection('')).toEqual({ ok: true, value: { path: [], text: '', fields: [] } })
    expect(parseSection('1.2')).toEqual({ ok: true, value: { path: [1, 2], text: '', fields: [] } })
    expect(parseSection('3.TEXT')).toEqual({ ok: true, value: { path: [3], text: 'TEXT', fields: [] } })
  })
})

describe('SEARCH keys (RFC 3501 §6.4.4)', () => {
  it.each<[ImapArg[], unknown]>([
    [[atom('ALL')], { op: 'all' }],
    [[atom('unseen')], { op: 'flag', flag: '\\Seen', set: false }],
    [[atom('SUBJECT'), quoted('x y')], { op: 'header', field: 'SUBJECT', value: 'x y' }],
    [[atom('NOT'), atom('SEEN')], { op: 'not', key: { op: 'flag', flag: '\\Seen', set: true } }],
    [[atom('OR'), atom('1'), atom('UID'), atom('5:*')], { op: 'or', left: { op: 'seq', set: [{ from: 1, to: 1 }] }, right: { op: 'uid', set: [{ from: 5, to: '*' }] } }],
    [[atom('SINCE'), atom('1-Feb-1994')], { op: 'date', sent: false, cmp: 'since', day: 8797 }],
    [[list(atom('SEEN'), atom('FLAGGED'))], { op: 'and', keys: [{ op: 'flag', flag: '\\Seen', set: true }, { op: 'flag', flag: '\\Flagged', set: true }] }],
    [[atom('LARGER'), atom('10'), atom('DELETED')], { op: 'and', keys: [{ op: 'size', cmp: 'larger', size: 10 }, { op: 'flag', flag: '\\Deleted', set: true }] }],
  ])('%j', (args, expected) => {
    expect(parseSearchKeys(args)).toEqual({ ok: true, value: expected })
  })

  it.each<[ImapArg[]]>([[[]], [[atom('BOGUS')]], [[atom('SUBJECT')]], [[atom('SINCE'), atom('1994-02-01')]], [[atom('LARGER'), atom('x')]], [[atom('OR'), atom('SEEN')]], [[list()]]])(
    '%j is refused',
    (args) => {
      expect(parseSearchKeys(args).ok).toBe(false)
    },
  )
})
