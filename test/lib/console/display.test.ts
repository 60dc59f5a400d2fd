// lib/console/display.ts: a wire line as the terminal prints it (splitting is tested under
// test/lib/protocols/wire/).

import { displayLine } from '@/lib/console/display'
import { splitLines } from '@/lib/protocols/wire'

describe('displayLine', () => {
  it('shows CRLF only on request', () => {
    const [line] = splitLines('+OK\r\n')
    expect(displayLine(line, false)).toBe('+OK')
    expect(displayLine(line, true)).toBe('+OK\\r\\n')
  })

  it('spells out a bare LF, and nothing for an unterminated tail', () => {
    const [bare, tail] = splitLines('a\nb')
    expect(displayLine(bare, true)).toBe('a\\n')
    expect(displayLine(tail, true)).toBe('b')
  })
})
