// Content-Transfer-Encoding decoding (RFC 2045 §6.7, §6.8) over octets, and charsets (charsets.ts).

import { SEARCH_CHARSETS, decodeOctets, isSearchCharset } from '@/lib/protocols/text/charsets'
import { decodeBase64Lenient, decodeQuotedPrintable, decodeTransferEncoding } from '@/lib/protocols/text/transferEncoding'

const octets = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes)

describe('quoted-printable (RFC 2045 §6.7)', () => {
  it.each([
    ['M=FCnchen', 'M\xfcnchen'],
    ['M=fcnchen', 'M\xfcnchen'],
    ['soft=\r\nbreak', 'softbreak'],
    ['soft= \t\r\nbreak', 'softbreak'],
    ['soft=\nbreak', 'softbreak'],
    ['hard\r\nbreak', 'hard\r\nbreak'],
    ['bad =ZZ escape', 'bad =ZZ escape'],
    ['ends with =', 'ends with '],
    ['a=3D=3Db', 'a==b'],
  ])('%j → %j', (input, expected) => {
    expect(latin1(decodeQuotedPrintable(octets(input)))).toBe(expected)
  })
})

describe('base64 (RFC 2045 §6.8)', () => {
  it('skips line breaks and characters outside the alphabet, and stops at padding', () => {
    expect(latin1(decodeBase64Lenient(octets('TcO8\r\nbmNo\r\nZW4=\r\n')))).toBe('M\xc3\xbcnchen')
    expect(latin1(decodeBase64Lenient(octets('TW!!Fu')))).toBe('Man')
    expect(decodeBase64Lenient(octets('')).length).toBe(0)
  })

  it('decodeTransferEncoding leaves 7bit, 8bit and unknown encodings alone', () => {
    const body = octets('=FC')
    expect(decodeTransferEncoding(body, '7bit')).toBe(body)
    expect(decodeTransferEncoding(body, undefined)).toBe(body)
    expect(latin1(decodeTransferEncoding(body, ' Quoted-Printable '))).toBe('\xfc')
  })
})

describe('charsets', () => {
  it('decodes each SEARCH charset with the platform TextDecoder', () => {
    expect(decodeOctets(octets('M\xfcnchen'), 'ISO-8859-1')).toBe('München')
    expect(decodeOctets(octets('5 \xa4'), 'ISO-8859-15')).toBe('5 €')
    expect(decodeOctets(octets('\x80'), 'windows-1252')).toBe('€')
    expect(decodeOctets(octets('M\xc3\xbcnchen'), 'UTF-8')).toBe('München')
    expect(decodeOctets(octets('plain'), 'US-ASCII')).toBe('plain')
  })

  it('reads undeclared or us-ascii 8-bit text as UTF-8 if valid, else windows-1252', () => {
    expect(decodeOctets(octets('M\xc3\xbc'))).toBe('Mü')
    expect(decodeOctets(octets('M\xfc'), 'us-ascii')).toBe('Mü')
    expect(decodeOctets(octets('M\xfc'), 'x-no-such-charset')).toBe('Mü')
  })

  it('accepts exactly the five SEARCH charsets, in any case', () => {
    expect(SEARCH_CHARSETS).toEqual(['US-ASCII', 'UTF-8', 'ISO-8859-1', 'ISO-8859-15', 'WINDOWS-1252'])
    expect(isSearchCharset('iso-8859-15')).toBe(true)
    expect(isSearchCharset('KOI8-R')).toBe(false)
  })
})
