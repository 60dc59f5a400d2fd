// lib/protocols/wire/lineContext.ts: the structure of a line that explanations read.

import fc from 'fast-check'
import { lineContext } from '@/lib/protocols/wire'

describe('lineContext', () => {
  it('reads the literal a client line announces, synchronising or not (RFC 3501 §4.3, RFC 7888)', () => {
    expect(lineContext('imap', 'client', 'a10 APPEND Archive (\\Seen) {57}')).toEqual({ literal: { size: 57, nonSynchronizing: false } })
    expect(lineContext('imap', 'client', 'a10 APPEND Archive {57+}\r\n')).toEqual({ literal: { size: 57, nonSynchronizing: true } })
    expect(lineContext('imap', 'client', 'a1 NOOP')).toEqual({})
  })

  it('marks a client line after an announcement as literal data, and keeps its own announcement', () => {
    expect(lineContext('imap', 'client', 'alice {6}', { previousClientLine: 'q1 LOGIN {5}' })).toEqual({
      previousClientLine: 'q1 LOGIN {5}',
      previousLiteral: { size: 5, nonSynchronizing: false },
      literal: { size: 6, nonSynchronizing: false },
      inMultiline: true,
    })
  })

  it('tells a server "+" the literal it answers, and never reads "+ … {n}" as an announcement', () => {
    const context = lineContext('imap', 'server', '+ OK', { previousClientLine: 'a10 APPEND Archive {57}' })
    expect(context.previousLiteral).toEqual({ size: 57, nonSynchronizing: false })
    expect(context.inMultiline).toBeUndefined()
    expect(lineContext('imap', 'server', '+ send {3}').literal).toBeUndefined()
    expect(lineContext('imap', 'server', '* 1 FETCH (BODY[] {220}').literal).toEqual({ size: 220, nonSynchronizing: false })
  })

  it('passes the position through unchanged for POP3 and SMTP, which have no literals', () => {
    const position = { previousClientLine: 'RETR 1', inMultiline: true }
    expect(lineContext('pop3', 'server', 'Subject: {5}', position)).toEqual(position)
    expect(lineContext('smtp', 'client', 'DATA {5}')).toEqual({})
  })

  it('never throws and keeps what the caller knew (seed 3020)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('pop3' as const, 'imap' as const),
        fc.constantFrom('client' as const, 'server' as const),
        fc.string({ maxLength: 200 }),
        fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
        fc.boolean(),
        (protocol, direction, line, previousClientLine, inMultiline) => {
          const context = lineContext(protocol, direction, line, { previousClientLine, inMultiline })
          return context.previousClientLine === previousClientLine && (inMultiline ? context.inMultiline === true : true)
        },
      ),
      { seed: 3020, numRuns: 500 },
    )
  })
})
