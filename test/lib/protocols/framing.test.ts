// The input framer (lib/protocols/framing.ts) and the limits it lets the sessions enforce on a
// byte stream: an over-long line is answered without waiting for (or buffering) all of it.

import fc from 'fast-check'
import { createMailServer } from '@/lib/protocols'
import { InputFramer } from '@/lib/protocols/framing'
import { referenceUsers } from './reference'
import { byteClient } from './byteClient'

const SEED = 18_003

function drain(framer: InputFramer): string[] {
  const lines: string[] = []
  for (let line = framer.nextLine(); line; line = framer.nextLine()) lines.push(line.tooLong ? `LONG:${line.text}` : line.text)
  return lines
}

describe('InputFramer', () => {
  it('ends lines at LF, with or without CR before it; CR elsewhere is data', () => {
    const framer = new InputFramer(100)
    framer.push('a\r\nb\nc\rd\r\n\r\npartial')
    expect(drain(framer)).toEqual(['a', 'b', 'c\rd', ''])
    expect(framer.buffered).toBe(7)
    framer.push(' end\r\n')
    expect(drain(framer)).toEqual(['partial end'])
  })

  it('hands over literal octets exactly, line ends and NUL included', () => {
    const framer = new InputFramer(100)
    framer.push('x\r\n\0\n')
    expect(framer.take(2)).toBe('x\r')
    expect(framer.take(10)).toBe('\n\0\n')
    expect(framer.take(1)).toBe('')
  })

  it('cuts a line longer than maxLine as soon as that is known, and skips the rest of it', () => {
    const framer = new InputFramer(5)
    framer.push('123456')
    // Six octets without LF could still be five plus CR.
    expect(framer.nextLine()).toBeUndefined()
    framer.push('7')
    expect(framer.nextLine()).toEqual({ text: '123456', tooLong: true })
    framer.push('89'.repeat(1000))
    expect(framer.nextLine()).toBeUndefined()
    expect(framer.buffered).toBe(0)
    framer.push('0\r\nok\r\n')
    expect(drain(framer)).toEqual(['ok'])
  })

  it(`any chunking of the same bytes gives the same lines (seed ${SEED})`, () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\r', '\n', '\0', '\xff'), maxLength: 200 })
    fc.assert(
      fc.property(text, fc.array(fc.nat(200), { maxLength: 20 }), (stream, cuts) => {
        const whole = new InputFramer(30)
        whole.push(stream)
        const expected = drain(whole)
        const pieces = new InputFramer(30)
        const lines: string[] = []
        let start = 0
        for (const cut of [...cuts].sort((a, b) => a - b).map((n) => Math.min(n, stream.length))) {
          pieces.push(stream.slice(start, cut))
          lines.push(...drain(pieces))
          start = cut
        }
        pieces.push(stream.slice(start))
        lines.push(...drain(pieces))
        expect(lines).toEqual(expected)
      }),
      { numRuns: 300, seed: SEED },
    )
  })
})

describe('limits on a byte stream (Dovecot 2.3 values, docs/protocols-octets.md)', () => {
  it('IMAP before login: 1,026 octets without a line end already get BYE "Input buffer full"', () => {
    const client = byteClient(createMailServer({ users: referenceUsers() }), 'imap')
    client.take()
    client.write('X'.repeat(1025))
    expect(client.takeText()).toBe('')
    client.write('XX')
    expect(client.takeText()).toBe('* BYE Input buffer full, aborting\r\n')
    expect(client.connection.closed).toBe(true)
  })

  it('IMAP after login: a 200 KB line in 8 KB chunks gets one BAD "Too long argument" and the session goes on', () => {
    const client = byteClient(createMailServer({ users: referenceUsers() }), 'imap')
    client.write('l LOGIN alice secret\r\n')
    client.take()
    const long = `t1 NOOP ${'x'.repeat(200_000)}\r\n`
    for (let i = 0; i < long.length; i += 8192) client.write(long.slice(i, i + 8192))
    client.write('t2 NOOP\r\n')
    expect(client.takeText()).toBe('t1 BAD Error in IMAP command NOOP: Too long argument.\r\nt2 OK NOOP completed.\r\n')
  })

  it('IMAP: a literal over 64 KiB outside APPEND closes with BYE "Literal size too large"', () => {
    const client = byteClient(createMailServer({ users: referenceUsers() }), 'imap')
    client.write('l LOGIN alice secret\r\n')
    client.take()
    client.write('s SELECT {65537}\r\n')
    expect(client.takeText()).toBe('* BYE Literal size too large\r\n')
    expect(client.connection.closed).toBe(true)
  })

  it('IMAP: an APPEND literal over the quota gets NO [OVERQUOTA] before any octet is sent', () => {
    const client = byteClient(createMailServer({ users: referenceUsers() }), 'imap')
    client.write('l LOGIN alice secret\r\n')
    client.take()
    client.write('a APPEND INBOX {20000000}\r\nb NOOP\r\n')
    expect(client.takeText()).toBe('a NO [OVERQUOTA] Quota exceeded (mailbox for user is full)\r\nb OK NOOP completed.\r\n')
  })

  it('POP3 after login: a line over 2,046 octets gets -ERR "Input line too long." and the connection closes', () => {
    const client = byteClient(createMailServer({ users: referenceUsers() }), 'pop3')
    client.write('USER alice\r\nPASS secret\r\n')
    client.take()
    client.write(`NOOP ${'x'.repeat(5000)}`)
    expect(client.takeText()).toBe('-ERR Input line too long.\r\n')
    expect(client.connection.closed).toBe(true)
  })
})
