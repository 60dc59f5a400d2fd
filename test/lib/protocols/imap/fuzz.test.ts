// Property-based robustness (fast-check): 100,000 random lines, from raw bytes to grammar-shaped
// commands with literals, never make the IMAP server throw, and every reply is well formed
// (RFC 3501 §2.2.2: CRLF lines, `* `, `+ ` or a tag the client sent; literal counts that fit).

import fc from 'fast-check'
import type { Connection } from '@/lib/protocols'
import { selected, startServer } from './harness'
import { checkWellFormed, splitResponses } from './wire'

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

/**
 * Sends one line and checks the reply: every response untagged, a continuation, or tagged with a
 * tag this client sent. Plain checks (no expect) keep 100,000 lines within a few seconds.
 */
function sendChecked(connection: Connection, text: string, tags: Set<string>): void {
  for (const piece of text.includes('\n') ? text.split(/\r?\n/) : [text]) tags.add(piece.split(' ', 1)[0])
  const reply = connection.send(text)
  if (reply.includes('Internal server error')) throw new Error(`internal error for ${JSON.stringify(text)}`)
  let responses: string[]
  try {
    responses = splitResponses(reply)
  } catch (error) {
    throw new Error(`${(error as Error).message} in reply to ${JSON.stringify(text.slice(0, 80))}`)
  }
  for (const response of responses) {
    if (response.startsWith('* ') || response.startsWith('+ ')) continue
    const space = response.indexOf(' ')
    if (space > 0 && tags.has(response.slice(0, space)) && /^\S+ (OK|NO|BAD) /.test(response)) continue
    throw new Error(`response ${JSON.stringify(response.slice(0, 120))} to ${JSON.stringify(text.slice(0, 80))}`)
  }
}

describe('IMAP fuzz: random lines never throw and replies stay well formed', () => {
  it(`${RUNS * LINES_PER_RUN} random lines`, () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(line, { minLength: LINES_PER_RUN, maxLength: LINES_PER_RUN }), (loggedIn, lines) => {
        const server = startServer()
        const connection = loggedIn ? selected(server) : server.connect('imap')
        const other = selected(server)
        const tags = new Set(['l1', 's1'])
        lines.forEach((text, index) => {
          sendChecked(connection, text, tags)
          // A second session keeps changing the mailbox, so updates and expunges interleave.
          if (index % 10 === 9) {
            other.send(index % 20 === 9 ? 'o STORE 1 -FLAGS (\\Seen)' : 'o STORE 1 +FLAGS (\\Seen)')
            const pushed = connection.read()
            if (pushed && checkWellFormed(pushed, undefined) !== undefined) throw new Error(`pushed ${JSON.stringify(pushed)}`)
          }
        })
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
