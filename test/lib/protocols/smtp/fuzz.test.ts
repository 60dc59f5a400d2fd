// Property test: random client lines never make the SMTP server throw, and every reply is well
// formed (RFC 5321 §4.2): three-digit codes, "code-" continuation lines ending in a "code " line,
// CRLF everywhere, exactly one reply per command (two when the server hangs up with 421), and no
// reply to message content until its lone ".". At least 100,000 lines, reconnecting on close.

import fc from 'fast-check'
import type { Connection } from '@/lib/protocols'
import { encodeBase64 } from '@/lib/protocols/pop3/sasl'
import { startServer } from './harness'
import { splitSmtpReplies } from './placeholders'

/** Fixed, so a failure can be replayed; printed in the failure message. */
const SEED = 5321

const VERBS = ['EHLO', 'HELO', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'RSET', 'NOOP', 'VRFY', 'HELP', 'QUIT']
const verb = fc.constantFrom(...VERBS, ...VERBS.map((v) => v.toLowerCase()), 'BDAT', 'STARTTLS', 'ETRN', 'XCLIENT', '')
const arg = fc.oneof(
  fc.constantFrom('client.example', 'FROM:<alice@example.org>', 'TO:<bob@example.org>', 'TO:<x@elsewhere.example>', 'FROM:<>'),
  fc.constantFrom('PLAIN', 'LOGIN', 'SIZE=99', 'SIZE=999999', 'BODY=8BITMIME', 'FOO=1', '*', '=', 'TO:<>', 'FROM:<a'),
  fc.constantFrom(encodeBase64('\0alice\0secret'), encodeBase64('alice'), encodeBase64('secret'), '!!!'),
  fc.string({ unit: 'binary', maxLength: 12 }).map((text) => text.replace(/\n/g, '')),
)
const commandLine = fc
  .tuple(verb, fc.array(arg, { maxLength: 3 }), fc.constantFrom(' ', '  ', '\t'))
  .map(([v, args, separator]) => [v, ...args].join(separator))
const contentLine = fc.constantFrom('.', '..', '.x', '', 'Subject: x', 'body', '. ', 'é')
const longLine = fc.integer({ min: 2000, max: 3100 }).map((length) => `MAIL FROM:<${'a'.repeat(length)}>`)

const line = fc.oneof(
  { weight: 60, arbitrary: commandLine },
  { weight: 20, arbitrary: contentLine },
  // A bare LF ends a line on the wire (the server's framer, like Postfix, takes it as a line end),
  // so one send() with an LF inside is two lines and two replies: the checker sends one line at a time.
  { weight: 15, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((text) => text.replace(/\n/g, '')) },
  { weight: 5, arbitrary: longLine },
)

/** What the checker expects next from one connection. */
type Mode = 'command' | 'content'

function sendChecked(connection: Connection<'smtp'>, text: string, mode: Mode): Mode {
  const wasClosed = connection.closed
  const reply = connection.send(text)
  const fail = (problem: string) => {
    throw new Error(`seed ${SEED}: ${JSON.stringify(text.slice(0, 80))} → ${JSON.stringify(reply.slice(0, 200))}: ${problem}`)
  }
  if (wasClosed) {
    if (reply !== '') fail('a closed connection answered')
    return mode
  }
  if (mode === 'content' && text !== '.') {
    if (reply !== '') fail('answered a content line')
    return 'content'
  }
  let replies: ReturnType<typeof splitSmtpReplies>
  try {
    replies = splitSmtpReplies(reply)
  } catch (error) {
    return fail((error as Error).message)
  }
  const closing = replies.length === 2 && replies[1].shape.code === '421' && connection.closed
  if (replies.length !== 1 && !closing) fail(`${replies.length} replies`)
  if (replies[0].shape.code === '221' && !connection.closed) fail('221 without closing')
  return replies[0].shape.code === '354' ? 'content' : 'command'
}

describe('SMTP fuzz', () => {
  it(`answers 100,000 random lines with well-formed replies (seed ${SEED})`, () => {
    let total = 0
    fc.assert(
      fc.property(fc.array(line, { minLength: 200, maxLength: 200 }), (lines) => {
        const server = startServer()
        let connection = server.connect('smtp', { role: total % 2 === 0 ? 'submission' : 'mta' })
        let mode: Mode = 'command'
        for (const text of lines) {
          if (connection.closed) {
            connection = server.connect('smtp')
            mode = 'command'
          }
          mode = sendChecked(connection, text, mode)
          total++
        }
      }),
      { seed: SEED, numRuns: 500 },
    )
    expect(total).toBeGreaterThanOrEqual(100_000)
    // 100,000 lines take about 3 s alone and twice that beside the other test files on 2 busy
    // cores: the default 5 s would make this a timing test, and speed belongs to npm run bench.
  }, 30_000)
})
