import { displayLine, octets, splitWire } from '@/components/console/model/wire'

describe('wire', () => {
  it('splits CRLF lines and keeps each line end', () => {
    expect(splitWire('+OK 2 messages\r\n1 220\r\n.\r\n')).toEqual([
      { text: '+OK 2 messages', ending: '\r\n' },
      { text: '1 220', ending: '\r\n' },
      { text: '.', ending: '\r\n' },
    ])
  })

  it('keeps a bare LF and an unterminated tail apart from CRLF', () => {
    expect(splitWire('a\nb')).toEqual([
      { text: 'a', ending: '\n' },
      { text: 'b', ending: '' },
    ])
    expect(splitWire('')).toEqual([])
  })

  it('keeps empty lines (the blank line between header and body)', () => {
    expect(splitWire('Subject: x\r\n\r\nbody\r\n').map((line) => line.text)).toEqual(['Subject: x', '', 'body'])
  })

  it('shows CRLF only on request', () => {
    const [line] = splitWire('+OK\r\n')
    expect(displayLine(line, false)).toBe('+OK')
    expect(displayLine(line, true)).toBe('+OK\\r\\n')
  })

  it('counts octets in UTF-8', () => {
    expect(octets('abc')).toBe(3)
    expect(octets('é')).toBe(2)
  })
})
