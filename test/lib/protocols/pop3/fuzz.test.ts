// Property tests: random client lines never make the POP3 server throw, and every reply is well
// formed (RFC 1939 §3): "+OK"/"-ERR" status lines, CRLF everywhere, multi-line ended by ".".
// Lines go to long-lived sessions, reconnecting when the server closes; at least 100,000 in all.

import fc from 'fast-check'
import { encodeBase64 } from '@/lib/protocols/pop3/sasl'
import { referenceUsers } from '../reference'
import { startServer, type TestConnection } from './harness'
import { expectsMultiLine, splitReply } from './wire'

/** Read once (the store copies what it needs); alice also gets a message full of dot lines. */
const USERS = referenceUsers().map((user) =>
  user.name === 'alice' ? { ...user, messages: [...(user.messages ?? []), 'Subject: .\n\n.\n..\n.x\n\n.'] } : user,
)

const VERBS = ['USER', 'PASS', 'AUTH', 'CAPA', 'STAT', 'LIST', 'UIDL', 'RETR', 'TOP', 'DELE', 'RSET', 'NOOP', 'QUIT']
const verb = fc.constantFrom(...VERBS, ...VERBS.map((v) => v.toLowerCase()), 'APOP', 'STLS', 'LAST', 'XCLIENT', '')
const arg = fc.oneof(
  fc.nat(6).map(String),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('alice', 'secret', 'PLAIN', 'plain', 'LOGIN', '0', '-1', '1 1', '2 0', '=', '*', '99999999999999999999999'),
  fc.constantFrom(encodeBase64('\0alice\0secret'), encodeBase64('\0alice\0nope'), encodeBase64('x')),
)
const commandLine = fc
  .tuple(verb, fc.array(arg, { maxLength: 3 }), fc.constantFrom(' ', '  '))
  .map(([v, args, separator]) => [v, ...args].join(separator))
const controlLine = fc.string({ unit: fc.constantFrom('\r', '\n', '\0', '.', ' ', 'A', 'é', '😀', '\u00ff'), maxLength: 24 })
const longLine = fc
  .record({ unit: fc.constantFrom('X', 'é', ' ', '\0', '.'), length: fc.integer({ min: 1000, max: 2100 }) })
  .map(({ unit, length }) => unit.repeat(length))
const hugeLine = fc.constantFrom('A'.repeat(100_000), 'RETR 1 '.repeat(15_000), '\r\n'.repeat(50_000))

const line = fc.oneof(
  { weight: 60, arbitrary: commandLine },
  { weight: 24, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 10, arbitrary: controlLine },
  { weight: 5, arbitrary: longLine },
  { weight: 1, arbitrary: hugeLine },
)

/**
 * Sends one line and checks the reply; returns whether the next line answers a "+ " challenge.
 * Plain throws, not expect(): this runs over 100,000 times and expect() is comparatively slow.
 */
function sendChecked(conn: TestConnection, text: string, sasl: boolean): boolean {
  const wasClosed = conn.closed
  const reply = conn.send(text)
  const problem = wasClosed
    ? reply === '' ? undefined : 'a closed connection answered'
    : check(reply, expectsMultiLine(text, sasl))
  if (problem !== undefined) throw new Error(`${JSON.stringify(text.slice(0, 80))} → ${JSON.stringify(reply.slice(0, 200))}: ${problem}`)
  return reply === '+ \r\n'
}

function check(reply: string, multiLine: boolean): string | undefined {
  const responses = splitReply(reply, multiLine)
  if (typeof responses === 'string') return responses
  return responses.length === 0 ? 'no reply' : undefined
}

describe('POP3 fuzz', () => {
  let linesSent = 0

  afterAll(() => {
    expect(linesSent).toBeGreaterThanOrEqual(100_000)
  })

  it('never throws and always answers well-formed replies', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(line, { minLength: 100, maxLength: 150 }), (loginFirst, lines) => {
        const server = startServer(USERS)
        const open = () => {
          const conn = server.connect('pop3')
          if (!/^\+OK [^\r\n]*\r\n$/.test(conn.greeting)) throw new Error(`greeting ${conn.greeting}`)
          if (loginFirst) {
            sendChecked(conn, 'USER alice', false)
            sendChecked(conn, 'PASS secret', false)
            linesSent += 2
          }
          return conn
        }
        let conn = open()
        let sasl = false
        for (const text of lines) {
          if (conn.closed) {
            conn = open()
            sasl = false
          }
          sasl = sendChecked(conn, text, sasl)
          linesSent++
        }
      }),
      { numRuns: 900, seed: 1939 },
    )
  }, 60_000)
})
