// RFC 2047 encoded-word decoding: table cases from the RFC's §8 examples and real mail, and a
// property (fast-check, fixed seed printed below) that any text encoded as B or Q words, split
// anywhere between octets and folded, decodes back to itself.

import fc from 'fast-check'
import { decodeHeaderValue } from '@/lib/protocols/text/encodedWords'

const octets = (text: string) => new TextEncoder().encode(text)
const decode = (text: string) => decodeHeaderValue(octets(text))

describe('decodeHeaderValue', () => {
  it.each([
    ['=?ISO-8859-1?Q?M=FCnchen?=', 'München'],
    ['=?iso-8859-1?q?M=FCnchen?= trip', 'München trip'],
    ['=?UTF-8?B?TcO8bmNoZW4=?=', 'München'],
    ['=?utf-8?Q?M=C3=BCnchen_im_Mai?=', 'München im Mai'],
    ['=?ISO-8859-15?Q?5_=A4?=', '5 €'],
    ['=?windows-1252?Q?=80?=', '€'],
    // RFC 2047 §8: whitespace between adjacent encoded words disappears, other text stays.
    ['(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?=  \r\n  =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?= b)', '(a b)'],
    ['(a =?ISO-8859-1?Q?b?=)', '(a b)'],
    // A UTF-8 character split across two words survives.
    ['=?UTF-8?Q?M=C3?= =?UTF-8?Q?=BCnchen?=', 'München'],
    // RFC 2231 §5 language suffix.
    ['=?ISO-8859-1*de?Q?M=FCnchen?=', 'München'],
    // Not encoded words: left as written.
    ['=?UTF-8?X?abc?=', '=?UTF-8?X?abc?='],
    ['plain text', 'plain text'],
    ['Grüße', 'Grüße'],
  ])('%j → %j', (input, expected) => {
    expect(decode(input)).toBe(expected)
  })

  it('reads raw 8-bit octets as UTF-8, and as windows-1252 when they are not UTF-8', () => {
    expect(decodeHeaderValue(Uint8Array.from([0x4d, 0xc3, 0xbc]))).toBe('Mü')
    expect(decodeHeaderValue(Uint8Array.from([0x4d, 0xfc]))).toBe('Mü')
  })

  it('an unknown charset falls back rather than failing', () => {
    expect(decode('=?x-unknown?Q?abc?=')).toBe('abc')
  })
})

/** Test-side encoders (RFC 2047 §4.1 B, §4.2 Q) over octets. */
function encodeB(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64')
}
function encodeQ(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) {
    const char = String.fromCharCode(byte)
    out += /[A-Za-z0-9!*+\-/]/.test(char) ? char : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

const SEED = 2047

describe(`encoded words round-trip (fast-check seed ${SEED})`, () => {
  it('any UTF-8 text split into B or Q words anywhere decodes to itself', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.constantFrom('B', 'Q', 'b', 'q'),
        fc.constantFrom(' ', '\r\n ', '\t', '  '),
        fc.constantFrom('UTF-8', 'utf-8'),
        (text, cuts, encoding, fold, charset) => {
          const bytes = octets(text)
          const points = [...new Set(cuts.map((cut) => (bytes.length === 0 ? 0 : cut % bytes.length)))].sort((a, b) => a - b)
          const pieces: Uint8Array[] = []
          let start = 0
          for (const point of [...points, bytes.length]) {
            pieces.push(bytes.subarray(start, point))
            start = point
          }
          const encode = encoding.toUpperCase() === 'B' ? encodeB : encodeQ
          const header = pieces.map((piece) => `=?${charset}?${encoding}?${encode(piece)}?=`).join(fold)
          expect(decode(header)).toBe(text)
        },
      ),
      { numRuns: 400, seed: SEED },
    )
  })

  it('any Latin-1 text encoded in ISO-8859-1 decodes to itself', () => {
    // 0x80-0x9F are left out: the Encoding Standard reads ISO-8859-1 as windows-1252 (charsets.ts).
    const latin1 = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c < 0x7f || c > 0x9f).map((c) => String.fromCharCode(c)), maxLength: 40 })
    fc.assert(
      fc.property(latin1, fc.constantFrom('B', 'Q'), (text, encoding) => {
        const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0))
        const word = `=?ISO-8859-1?${encoding}?${encoding === 'B' ? encodeB(bytes) : encodeQ(bytes)}?=`
        expect(decode(word)).toBe(text)
      }),
      { numRuns: 300, seed: SEED },
    )
  })
})
