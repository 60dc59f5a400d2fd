// lib/protocols/wire/lines.ts: server output as lines with their endings.

import fc from 'fast-check'
import { endingMarker, lineTexts, splitLines } from '@/lib/protocols/wire'

describe('splitLines', () => {
  it('keeps each ending, and an unterminated tail', () => {
    expect(splitLines('+OK\r\nbare\nlast')).toEqual([
      { text: '+OK', ending: '\r\n' },
      { text: 'bare', ending: '\n' },
      { text: 'last', ending: '' },
    ])
  })

  it('gives no lines for empty input and no empty line after the final CRLF', () => {
    expect(splitLines('')).toEqual([])
    expect(lineTexts('a\r\n\r\nb\r\n')).toEqual(['a', '', 'b'])
  })

  it('loses nothing: text and endings rejoin to the input (seed 2010)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\r', '\n', '\r\n', 'é', '.')).map((parts) => parts.join('')), (wire) => {
        expect(splitLines(wire).map((line) => line.text + line.ending).join('')).toBe(wire)
      }),
      { seed: 2010, numRuns: 500 },
    )
  })

  it('spells endings out for views that show them', () => {
    expect(endingMarker('\r\n')).toBe('\\r\\n')
    expect(endingMarker('\n')).toBe('\\n')
    expect(endingMarker('')).toBe('')
  })
})
