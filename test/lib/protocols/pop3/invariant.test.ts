// Invariant (RFC 1939 §6): random sessions, commands and dropped connections never remove a
// message, except a QUIT from TRANSACTION, which removes exactly what that session marked with
// DELE since its last RSET. Message texts never change.

import fc from 'fast-check'
import { encodeBase64 } from '@/lib/protocols/pop3/sasl'
import { deliveredMessage, referenceUsers } from '../reference'
import { startServer, type TestConnection } from './harness'

/** Read once: the store copies what it needs, so runs can share the input. */
const USERS = referenceUsers()

type Step =
  | { kind: 'connect' }
  | { kind: 'send'; conn: number; line: string }
  | { kind: 'drop'; conn: number }
  | { kind: 'deliver' }

const n = fc.integer({ min: 0, max: 6 }).map(String)
const commandLine = fc.oneof(
  fc.constantFrom('USER alice', 'PASS secret', 'PASS wrong', `AUTH PLAIN ${encodeBase64('\0alice\0secret')}`, 'AUTH PLAIN'),
  fc.constantFrom('STAT', 'LIST', 'UIDL', 'RSET', 'NOOP', 'QUIT', 'CAPA', 'FOO', '', 'X'.repeat(2100)),
  n.map((k) => `DELE ${k}`),
  n.map((k) => `RETR ${k}`),
  fc.tuple(n, n).map(([k, lines]) => `TOP ${k} ${lines}`),
)
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'connect' as const }) },
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('send' as const), conn: fc.nat(3), line: commandLine }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), conn: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'deliver' as const }) },
)

interface Tracked {
  conn: TestConnection
  /** UIDs in message-number order, taken when the session logged in. */
  snapshot: number[]
  marked: Set<number>
}

describe('POP3 never loses a message outside a committed delete', () => {
  it('holds for random sessions, commands and drops', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 80 }), (steps) => {
        const server = startServer(USERS)
        const inbox = server.store.inbox('alice')!
        const texts = new Map(inbox.messages.map((m) => [m.uid, m.octets]))
        const sessions: Tracked[] = []
        let expected = inbox.messages.map((m) => m.uid)

        for (const s of steps) {
          if (s.kind === 'connect') {
            sessions.push({ conn: server.connect('pop3'), snapshot: [], marked: new Set() })
          } else if (s.kind === 'deliver') {
            const stored = server.deliver('alice', deliveredMessage())!
            texts.set(stored.uid, stored.octets)
            expected = [...expected, stored.uid]
          } else {
            const tracked = sessions[s.conn]
            if (!tracked) continue
            if (s.kind === 'drop') tracked.conn.close()
            else if (!tracked.conn.closed) {
              const before = tracked.conn.state
              const reply = tracked.conn.send(s.line)
              const command = s.line.split(' ')[0]
              if (before === 'AUTHORIZATION' && tracked.conn.state === 'TRANSACTION') {
                tracked.snapshot = inbox.messages.map((m) => m.uid)
              }
              if (before === 'TRANSACTION' && command === 'DELE' && reply.startsWith('+OK')) {
                tracked.marked.add(tracked.snapshot[Number(s.line.split(' ')[1]) - 1])
              }
              if (before === 'TRANSACTION' && command === 'RSET') tracked.marked.clear()
              if (before === 'TRANSACTION' && command === 'QUIT') {
                expect(tracked.conn.state).toBe('UPDATE')
                expected = expected.filter((uid) => !tracked.marked.has(uid))
              }
            }
          }
          expect(inbox.messages.map((m) => m.uid)).toEqual(expected)
          for (const message of inbox.messages) expect(message.octets).toBe(texts.get(message.uid))
        }
      }),
      { numRuns: 400, seed: 1725 },
    )
  }, 60_000)
})
