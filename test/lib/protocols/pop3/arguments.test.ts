// The POP3 parse step (lib/protocols/pop3/arguments.ts): argument syntax is judged before the
// maildrop is consulted, with Dovecot 2.3's texts, and TOP keeps Dovecot's order of checks.

import fc from 'fast-check'
import { parseLineCount, parseMessageNumber, parseOnlyMessageNumber, parseOptionalMessageNumber } from '@/lib/protocols/pop3/arguments'
import { referenceUsers } from '../reference'
import { startServer } from './harness'

const refusal = (text: string) => ({ ok: false, reply: { status: '-ERR', text, bad: true } })

describe('parseMessageNumber', () => {
  it('reads a number and what follows it', () => {
    expect(parseMessageNumber('12', false)).toEqual({ ok: true, value: { number: 12, rest: '' } })
    expect(parseMessageNumber('3   10', true)).toEqual({ ok: true, value: { number: 3, rest: '10' } })
  })

  it('refuses what get_msgnum refuses, before any range check', () => {
    expect(parseMessageNumber('x', false)).toEqual(refusal('Invalid message number: x'))
    expect(parseMessageNumber('99999999999999999999', false)).toEqual(refusal('Message number too large: 99999999999999999999'))
    expect(parseMessageNumber('1x', false)).toEqual(refusal('Noise after message number: x'))
    expect(parseMessageNumber('1', true)).toEqual(refusal('Noise after message number: '))
  })

  it('never throws, and accepts exactly the strings of digits (seed 1010)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseMessageNumber(text, false)
        expect(parsed.ok).toBe(/^[0-9]+$/.test(text) && BigInt(text) <= 4294967295n)
      }),
      { seed: 1010, numRuns: 500 },
    )
  })
})

describe('parseOnlyMessageNumber, parseOptionalMessageNumber and parseLineCount', () => {
  it('reads the one message number of DELE and RETR, and refuses noise after it', () => {
    expect(parseOnlyMessageNumber('2')).toEqual({ ok: true, value: 2 })
    expect(parseOnlyMessageNumber('2 3')).toEqual(refusal('Noise after message number:  3'))
  })

  it('treats no argument as every message', () => {
    expect(parseOptionalMessageNumber('')).toEqual({ ok: true, value: undefined })
    expect(parseOptionalMessageNumber('2')).toEqual({ ok: true, value: 2 })
  })

  it("reads TOP's count and refuses noise", () => {
    expect(parseLineCount('0')).toEqual({ ok: true, value: 0 })
    expect(parseLineCount('')).toEqual(refusal('Invalid size: '))
    expect(parseLineCount('2 3')).toEqual(refusal('Noise after size:  3'))
  })
})

describe('TOP checks the message before the line count (Dovecot cmd_top)', () => {
  it('reports a missing message even when the count is also bad', () => {
    const conn = startServer(referenceUsers()).connect('pop3')
    conn.send('USER alice')
    conn.send('PASS secret')
    expect(conn.send('TOP 9 x')).toBe("-ERR There's no message 9.\r\n")
    expect(conn.send('TOP 1 x')).toBe('-ERR Invalid size: x\r\n')
  })
})
