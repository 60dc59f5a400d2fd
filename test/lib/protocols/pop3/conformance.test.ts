// Replays every POP3 transcript recorded from Dovecot 2.3 (test/fixtures/reference) and compares
// each reply after the normalisation the reference README allows. Every exchange must match.

import { deliveredMessage, isClientStep, loadTranscripts, referenceUsers, type Transcript } from '../reference'
import { startServer, type TestConnection } from './harness'
import { expectsMultiLine, normalizeReply, splitReply, UidlTokens } from './wire'

const transcripts = loadTranscripts('pop3-')

interface Mismatch {
  step: number
  client: string
  expected: string[] | string
  actual: string[] | string
}

/** Replays one transcript; returns the exchanges that differ and how many were compared. */
function replay(transcript: Transcript, literal: boolean): { compared: number; mismatches: Mismatch[] } {
  const server = startServer(referenceUsers())
  const connections = new Map<string, TestConnection>()
  const recordedUidls = new UidlTokens()
  const ourUidls = new UidlTokens()
  const mismatches: Mismatch[] = []
  let compared = 0
  const compare = (step: number, client: string, expectedWire: string, actualWire: string, multi: boolean) => {
    compared++
    const expected = splitReply(expectedWire, multi)
    const actual = splitReply(actualWire, multi)
    const e = typeof expected === 'string' ? expected : normalizeReply(client, expected, recordedUidls, literal)
    const a = typeof actual === 'string' ? actual : normalizeReply(client, actual, ourUidls, literal)
    if (JSON.stringify(e) !== JSON.stringify(a)) mismatches.push({ step, client, expected: e, actual: a })
  }

  transcript.exchanges.forEach((step, index) => {
    if (isClientStep(step)) {
      const conn = connections.get(step.conn)
      if (!conn) throw new Error(`step ${index}: no connection ${step.conn}`)
      if (step.not_sent) {
        if (!conn.closed) mismatches.push({ step: index, client: step.client, expected: 'closed', actual: 'open' })
        return
      }
      compare(index, step.client, step.server, conn.send(step.client), expectsMultiLine(step.client, false))
      if (conn.closed !== Boolean(step.closed)) {
        mismatches.push({ step: index, client: step.client, expected: `closed=${Boolean(step.closed)}`, actual: `closed=${conn.closed}` })
      }
      return
    }
    if (step.event === 'deliver') {
      server.deliver('alice', deliveredMessage())
    } else if (step.event === 'connect') {
      const conn = server.connect('pop3')
      connections.set(step.conn, conn)
      // The greeting's text may differ (README), its status word may not.
      compare(index, '(greeting)', step.server, conn.greeting, false)
    } else if (step.event === 'drop') {
      connections.get(step.conn)?.close()
    } else if (step.event === 'read') {
      compare(index, '(read)', step.server, connections.get(step.conn)?.read() ?? '', false)
    }
  })
  return { compared, mismatches }
}

describe('POP3 conformance with the Dovecot 2.3 reference transcripts', () => {
  it('has POP3 transcripts to replay', () => {
    expect(transcripts.map((t) => t.name).sort()).toEqual(['pop3-basic', 'pop3-drop', 'pop3-errors', 'pop3-errors-preauth', 'pop3-rset'].sort())
  })

  for (const transcript of transcripts) {
    it(`${transcript.name}: every exchange matches (${transcript.description})`, () => {
      const { compared, mismatches } = replay(transcript, false)
      expect(mismatches).toEqual([])
      expect(compared).toBeGreaterThan(5)
    })

    // Not required by the README, but the free text is Dovecot's too, except the greeting.
    it(`${transcript.name}: the free text is Dovecot's as well`, () => {
      const { mismatches } = replay(transcript, true)
      expect(mismatches.filter((m) => m.client !== '(greeting)')).toEqual([])
    })
  }
})
