// The mail-store invariant under IMAP: random sessions, commands and dropped connections never
// lose a message, except a \Deleted one by EXPUNGE, UID EXPUNGE or CLOSE (RFC 3501 §6.4.2-3,
// RFC 4315 §2.1), or one MOVE put in another mailbox (RFC 6851).

import fc from 'fast-check'
import type { Connection, MailServer } from '@/lib/protocols'
import { startServer } from './harness'

const messageText = (id: number) => `Message-ID: <m${id}@test>\nSubject: message ${id}\n\nbody ${id}\n`

/** Where each message (by Message-ID) lives, with its flags, across alice's mailboxes. */
function snapshot(server: MailServer): Map<string, { mailbox: string; deleted: boolean }[]> {
  const where = new Map<string, { mailbox: string; deleted: boolean }[]>()
  for (const name of server.store.mailboxNames('alice')) {
    for (const message of server.store.mailbox('alice', name)?.messages ?? []) {
      const id = /Message-ID: (<[^>]+>)/.exec(message.octets)?.[1] ?? '?'
      const places = where.get(id) ?? []
      places.push({ mailbox: name, deleted: message.flags.has('\\Deleted') })
      where.set(id, places)
    }
  }
  return where
}

const COMMANDS = [
  'SELECT INBOX', 'SELECT Archive', 'EXAMINE INBOX', 'NOOP', 'FETCH 1:* (FLAGS BODY[])', 'UID FETCH 1:* FLAGS',
  'STORE 1 +FLAGS (\\Deleted)', 'STORE 1:* -FLAGS (\\Deleted)', 'STORE 2:3 +FLAGS.SILENT (\\Deleted \\Seen)', 'UID STORE 1:5 FLAGS (\\Flagged)',
  'EXPUNGE', 'UID EXPUNGE 1:3', 'CLOSE', 'UNSELECT', 'COPY 1:2 Archive', 'UID COPY 1:* Archive', 'MOVE 1 Archive', 'UID MOVE 2:4 INBOX',
  'SEARCH DELETED', 'IDLE', 'DONE', 'LOGOUT', 'STATUS INBOX (MESSAGES)', 'CREATE Archive',
] as const

type Step =
  | { kind: 'connect' }
  | { kind: 'command'; session: number; command: string }
  | { kind: 'drop'; session: number }
  | { kind: 'deliver' }

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'connect' }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('command' as const), session: fc.nat(4), command: fc.constantFrom(...COMMANDS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), session: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'deliver' }) },
)

describe('IMAP invariant: no message is lost outside a committed delete', () => {
  it('holds over random sessions, commands and drops', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        let nextId = 4
        const server = startServer([{ name: 'alice', password: 'secret', messages: [1, 2, 3].map(messageText), mailboxes: { Archive: [] } }])
        const sessions: Connection[] = []
        // Every session logs in and selects a mailbox, so most commands have something to act on.
        const connect = () => {
          const connection = server.connect('imap')
          connection.send('l LOGIN alice secret')
          connection.send(`s SELECT ${sessions.length % 2 === 0 ? 'INBOX' : 'Archive'}`)
          sessions.push(connection)
        }
        connect()
        connect()
        let tag = 0
        for (const current of steps) {
          const before = snapshot(server)
          let allowed: 'none' | 'expunge' | 'move' = 'none'
          if (current.kind === 'connect') {
            connect()
          } else if (current.kind === 'deliver') {
            server.deliver('alice', messageText(nextId++))
          } else {
            const connection = sessions[current.session]
            if (!connection) continue
            if (current.kind === 'drop') connection.close()
            else {
              const verb = current.command.replace(/^UID /, '').split(' ')[0]
              if (verb === 'EXPUNGE' || verb === 'CLOSE') allowed = 'expunge'
              if (verb === 'MOVE') allowed = 'move'
              const line = current.command === 'DONE' ? 'DONE' : `t${tag++} ${current.command}`
              connection.send(line)
            }
          }
          const after = snapshot(server)
          for (const [id, places] of before) {
            const now = after.get(id) ?? []
            for (const place of places) {
              const stillThere = now.filter((p) => p.mailbox === place.mailbox).length >= places.filter((p) => p.mailbox === place.mailbox).length
              if (stillThere) continue
              const movedAway = now.some((p) => p.mailbox !== place.mailbox)
              const ok = (allowed === 'expunge' && place.deleted) || (allowed === 'move' && movedAway)
              if (!ok) throw new Error(`${id} left ${place.mailbox} on ${JSON.stringify(current)}`)
            }
          }
        }
      }),
      { numRuns: 300, seed: 2177 },
    )
  })
})
