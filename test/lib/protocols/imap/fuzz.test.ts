// Property-based robustness (fast-check): 100,000 random lines, from raw bytes to grammar-shaped
// commands with literals, never make the IMAP server throw, and every reply is well formed
// (RFC 3501 §2.2.2: CRLF lines, `* `, `+ `, or exactly one completion tagged with the tag of the
// command it answers; literal counts that fit; FETCH lists closed). The client reconnects whenever
// the server closes, so every one of the lines reaches an open connection.

import fc from 'fast-check'
import { selected, startServer } from './harness'
import { FuzzClient } from './fuzzClient'
import { checkWellFormed } from './wire'

const RUNS = 1_000
const LINES_PER_RUN = 100

const tag = fc.oneof(fc.constantFrom('a1', 'T', 'x.y', '*', '+', '', 'a"b', 'é', 'A'.repeat(101)), fc.string({ maxLength: 6 }))
const verb = fc.constantFrom(
  'NOOP', 'CAPABILITY', 'LOGIN', 'AUTHENTICATE PLAIN', 'SELECT', 'EXAMINE', 'FETCH', 'UID FETCH', 'STORE', 'UID STORE',
  'SEARCH', 'UID SEARCH', 'COPY', 'UID COPY', 'MOVE', 'UID MOVE', 'EXPUNGE', 'UID EXPUNGE', 'APPEND', 'IDLE', 'DONE',
  'LIST', 'LSUB', 'STATUS', 'CREATE', 'DELETE', 'CLOSE', 'UNSELECT', 'LOGOUT', 'ID', 'ENABLE', 'NAMESPACE', 'FOO', 'uid', '',
)
const token = fc.oneof(
  fc.constantFrom(
    '1', '1:*', '*', '2,3', '0', 'x', '3:1', '4294967295', 'INBOX', 'Archive', 'Work/a', '"quoted"', '"un', '(FLAGS', '(FLAGS UID)',
    'BODY[]', 'BODY.PEEK[HEADER.FIELDS (SUBJECT)]<0.5>', 'BODY[1.MIME]', 'BODYSTRUCTURE', 'ENVELOPE', 'FULL', '{5}', '{3+}', '{0}',
    '{abc}', '{99999999}', '\\Seen', '\\Deleted', '+FLAGS', '-FLAGS.SILENT', 'FLAGS', '(\\Deleted)', 'ALL', 'OR', 'NOT', 'SUBJECT',
    'UNSEEN', 'SINCE', '1-Jan-2024', 'alice', 'secret', 'NIL', '()', ')', '(', '""', '(MESSAGES UNSEEN)', 'AGFsaWNlAHNlY3JldA==',
  ),
  fc.string({ maxLength: 8 }),
)
const commandLine = fc
  .tuple(tag, verb, fc.array(token, { maxLength: 5 }))
  .map(([t, v, args]) => [t, v, ...args].filter((part, index) => part !== '' || index === 0).join(' '))
const line = fc.oneof(
  { weight: 6, arbitrary: commandLine },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', 'DONE', '*', 'a\rb', 'a\nb NOOP', '\u0000', 'a NOOP\r', 'x'.repeat(300)) },
)

describe('IMAP fuzz: random lines never throw and replies stay well formed', () => {
  let linesSent = 0

  afterAll(() => {
    expect(linesSent).toBeGreaterThanOrEqual(RUNS * LINES_PER_RUN)
  })

  it(`${RUNS * LINES_PER_RUN} random lines, reconnecting when the server closes`, () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(line, { minLength: LINES_PER_RUN, maxLength: LINES_PER_RUN }), (loggedIn, lines) => {
        const server = startServer()
        const client = new FuzzClient(() => (loggedIn ? selected(server) : server.connect('imap')))
        const other = selected(server)
        lines.forEach((text, index) => {
          client.send(text)
          // A second session keeps changing the mailbox, so updates and expunges interleave.
          if (index % 10 === 9) {
            other.send(index % 20 === 9 ? 'o STORE 1 -FLAGS (\\Seen)' : 'o STORE 1 +FLAGS (\\Seen)')
            const pushed = client.connection.read()
            if (pushed && checkWellFormed(pushed, undefined) !== undefined) throw new Error(`pushed ${JSON.stringify(pushed)}`)
          }
        })
        linesSent += client.linesSent
      }),
      { numRuns: RUNS, seed: 3501 },
    )
  }, 60_000)

  it('long lines, before and after login, get the reference answers and never throw', () => {
    for (const length of [1025, 1026, 8000, 65535, 65536, 100_000]) {
      const before = startServer().connect('imap')
      const reply = before.send('X'.repeat(length))
      expect(reply).toBe(length >= 1026 ? '* BYE Input buffer full, aborting\r\n' : '* BAD Error in IMAP command received by server.\r\n')
      const after = selected(startServer())
      const tagged = after.send(`a1 FETCH 1 (${'FLAGS '.repeat(length / 6)})`)
      expect(checkWellFormed(tagged, 'a1')).toBeUndefined()
      expect(after.send('b NOOP')).toBe('b OK NOOP completed.\r\n')
    }
  })
})
