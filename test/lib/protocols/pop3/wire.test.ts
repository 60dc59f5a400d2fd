// Self-tests of the POP3 conformance normaliser (wire.ts): each deliberately broken reply must be
// reported as malformed or normalise differently from the correct one, exactly as
// conformance.test.ts compares them.

import { expectsMultiLine, normalizeReply, splitReply, UidlTokens } from './wire'

/** The conformance comparison of one exchange: true when `ours` passes against `recorded`. */
function accepted(client: string, recorded: string, ours: string, literal = false): boolean {
  const multi = expectsMultiLine(client, false)
  const e = splitReply(recorded, multi)
  const a = splitReply(ours, multi)
  if (typeof e === 'string') throw new Error(`the recorded reply itself is malformed: ${e}`)
  if (typeof a === 'string') return false
  return JSON.stringify(normalizeReply(client, e, new UidlTokens(), literal)) === JSON.stringify(normalizeReply(client, a, new UidlTokens(), literal))
}

const LIST = '+OK 2 messages:\r\n1 120\r\n2 200\r\n.\r\n'
const RETR = '+OK 120 octets\r\nSubject: hi\r\n\r\n..dot-stuffed\r\n.\r\n'
const UIDL = '+OK\r\n1 000000014f9e1c1b\r\n2 000000024f9e1c1b\r\n.\r\n'

describe('POP3 normaliser self-test', () => {
  it('accepts the correct replies, and other free text after a status word', () => {
    expect(accepted('LIST', LIST, LIST)).toBe(true)
    expect(accepted('RETR 1', RETR, RETR)).toBe(true)
    expect(accepted('DELE 1', '+OK Marked to be deleted.\r\n', '+OK Gone soon.\r\n')).toBe(true)
    expect(accepted('UIDL', UIDL, '+OK\r\n1 a\r\n2 b\r\n.\r\n')).toBe(true)
  })

  const broken: [string, string, string, string][] = [
    ['a multi-line reply without its final "."', 'LIST', LIST, '+OK 2 messages:\r\n1 120\r\n2 200\r\n'],
    ['a missing data line', 'LIST', LIST, '+OK 2 messages:\r\n1 120\r\n.\r\n'],
    ['a wrong size', 'LIST', LIST, '+OK 2 messages:\r\n1 120\r\n2 201\r\n.\r\n'],
    ['a dot line not stuffed', 'RETR 1', RETR, '+OK 120 octets\r\nSubject: hi\r\n\r\n.dot-stuffed\r\n.\r\n'],
    ['a wrong octet count on RETR', 'RETR 1', RETR, '+OK 121 octets\r\nSubject: hi\r\n\r\n..dot-stuffed\r\n.\r\n'],
    ['-ERR for +OK', 'DELE 1', '+OK Marked to be deleted.\r\n', '-ERR Marked to be deleted.\r\n'],
    ['a dropped response code', 'PASS x', '-ERR [AUTH] Authentication failed.\r\n', '-ERR Authentication failed.\r\n'],
    ['a bare LF', 'NOOP', '+OK\r\n', '+OK\n'],
    ['no CRLF at the end', 'NOOP', '+OK\r\n', '+OK'],
    ['a line that is no status', 'NOOP', '+OK\r\n', 'OK\r\n'],
    ['two messages given one UIDL', 'UIDL', UIDL, '+OK\r\n1 same\r\n2 same\r\n.\r\n'],
    ['the STAT numbers changed', 'STAT', '+OK 2 320\r\n', '+OK 2 321\r\n'],
    ['an extra response', 'NOOP', '+OK\r\n', '+OK\r\n+OK\r\n'],
    ['no reply at all', 'NOOP', '+OK\r\n', ''],
  ]
  for (const [what, client, recorded, ours] of broken) {
    it(`rejects ${what}`, () => {
      expect(accepted(client, recorded, ours)).toBe(false)
    })
  }

  it('with literal, rejects other free text', () => {
    expect(accepted('DELE 1', '+OK Marked to be deleted.\r\n', '+OK Gone soon.\r\n', true)).toBe(false)
  })
})
