// A non-.SILENT STORE that changes no flag sends no untagged FETCH. RFC 3501 §6.4.6 says STORE
// "normally" returns the updated value; Dovecot 2.3.19 reports only the messages whose flags
// changed, and so do we. The recorded Dovecot session (test/fixtures/dovecot/store-unchanged-flags.json,
// see docs/protocols-imap.md) is replayed here, so nobody "fixes" this into a FETCH per message.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createMailServer } from '@/lib/protocols'
import { isClientStep, referenceUsers, type TranscriptStep } from '../../reference'
import { selected, startServer } from '../harness'
import { compareReply, newNormaliseState } from '../wire'

const FIXTURE = fileURLToPath(new URL('../../../../fixtures/dovecot/store-unchanged-flags.json', import.meta.url))
const recording = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { exchanges: TranscriptStep[] }
const lines = (...items: string[]) => items.map((item) => `${item}\r\n`).join('')

describe('STORE that changes nothing (RFC 3501 §6.4.6, as Dovecot 2.3.19)', () => {
  it('replays the recorded Dovecot session step by step', () => {
    const connection = createMailServer({ users: referenceUsers() }).connect('imap')
    const state = newNormaliseState()
    const [connect, ...steps] = recording.exchanges
    if (isClientStep(connect) || connect.event !== 'connect') throw new Error('the recording starts with the connect step')
    const greeting = compareReply(connect.server, connection.greeting, state, true)
    expect(greeting.problems).toEqual([])
    expect(steps.length).toBeGreaterThanOrEqual(20)
    for (const step of steps) {
      if (!isClientStep(step)) throw new Error('the recording holds only client steps after connect')
      const { expected, actual, problems } = compareReply(step.server, connection.send(step.client), state)
      expect({ client: step.client, responses: actual, problems }).toEqual({ client: step.client, responses: expected, problems: [] })
    }
    expect(connection.closed).toBe(true)
  })

  it('+FLAGS, -FLAGS and FLAGS a second time answer only the tagged OK', () => {
    const connection = selected(startServer())
    expect(connection.send('a STORE 1 +FLAGS (\\Seen)')).toBe(lines('* 1 FETCH (FLAGS (\\Seen \\Recent))', 'a OK Store completed.'))
    expect(connection.send('b STORE 1 +FLAGS (\\Seen)')).toBe(lines('b OK Store completed.'))
    expect(connection.send('c STORE 1 FLAGS (\\Seen)')).toBe(lines('c OK Store completed.'))
    expect(connection.send('d STORE 1 -FLAGS (\\Seen)')).toBe(lines('* 1 FETCH (FLAGS (\\Recent))', 'd OK Store completed.'))
    expect(connection.send('e STORE 1 -FLAGS (\\Seen)')).toBe(lines('e OK Store completed.'))
  })

  it('a range reports only the messages that changed, with UID for UID STORE', () => {
    const connection = selected(startServer())
    connection.send('a STORE 2 +FLAGS.SILENT (\\Flagged)')
    expect(connection.send('b STORE 1:2 +FLAGS (\\Flagged)')).toBe(lines('* 1 FETCH (FLAGS (\\Flagged \\Recent))', 'b OK Store completed.'))
    expect(connection.send('c UID STORE 1:3 +FLAGS (\\Flagged)')).toBe(
      lines('* 3 FETCH (UID 3 FLAGS (\\Flagged \\Recent))', 'c OK Store completed.'),
    )
    expect(connection.send('d UID STORE 1:3 +FLAGS (\\Flagged)')).toBe(lines('d OK Store completed.'))
  })
})
