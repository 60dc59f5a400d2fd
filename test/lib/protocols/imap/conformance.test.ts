// Replays every IMAP reference transcript recorded from Dovecot 2.3 through the public API and
// compares each reply after the normalisation test/fixtures/reference/README.md allows.

import { createMailServer, type Connection } from '@/lib/protocols'
import { deliveredMessage, isClientStep, loadTranscripts, referenceUsers } from '../reference'
import { compareReply, newNormaliseState } from './wire'

const transcripts = loadTranscripts('imap-')

describe('IMAP conformance with the Dovecot reference transcripts', () => {
  it('finds the IMAP transcripts', () => {
    expect(transcripts.length).toBeGreaterThanOrEqual(7)
  })

  for (const transcript of transcripts) {
    it(`${transcript.name}: every exchange matches`, () => {
      const server = createMailServer({ users: referenceUsers() })
      const connections = new Map<string, Connection>()
      const state = newNormaliseState()
      transcript.exchanges.forEach((step, index) => {
        const where = `${transcript.name} step ${index}`
        let recorded: string
        let ours: string
        let greeting = false
        if (isClientStep(step)) {
          const connection = connections.get(step.conn)
          if (!connection) throw new Error(`${where}: no connection ${step.conn}`)
          if (step.not_sent) {
            expect(connection.closed, `${where}: closed before a line that was never sent`).toBe(true)
            return
          }
          recorded = step.server
          ours = connection.send(step.client)
          expect(connection.closed, `${where}: closed after ${JSON.stringify(step.client.slice(0, 60))}`).toBe(step.closed === true)
        } else if (step.event === 'connect') {
          const connection = server.connect('imap')
          connections.set(step.conn, connection)
          recorded = step.server
          ours = connection.greeting
          greeting = true
        } else if (step.event === 'read') {
          recorded = step.server
          ours = connections.get(step.conn)?.read() ?? ''
        } else if (step.event === 'drop') {
          connections.get(step.conn)?.close()
          return
        } else {
          server.deliver('alice', deliveredMessage())
          return
        }
        const { expected, actual, problems } = compareReply(recorded, ours, state, greeting)
        const client = isClientStep(step) ? step.client.slice(0, 80) : step.event
        expect({ step: where, client, responses: actual, problems }).toEqual({ step: where, client, responses: expected, problems: [] })
      })
    })
  }
})
