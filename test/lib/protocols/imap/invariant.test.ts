// The mail-store invariant under IMAP: random sessions, commands and dropped connections never
// lose a message, except a \Deleted one by EXPUNGE, UID EXPUNGE or CLOSE (RFC 3501 §6.4.2-3,
// RFC 4315 §2.1), or one MOVE put in another mailbox (RFC 6851), each only from a mailbox the
// session selected read-write: never after EXAMINE (§6.3.2). The run must also see mail leave
// by both ways, so a server that never expunges fails too.

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
  'STORE 1 +FLAGS (\\Deleted)', 'STORE 1:* +FLAGS.SILENT (\\Deleted)', 'UID STORE 1:* +FLAGS (\\Deleted)', 'STORE 1:* -FLAGS (\\Deleted)', 'STORE 2:3 +FLAGS.SILENT (\\Deleted \\Seen)', 'UID STORE 1:5 FLAGS (\\Flagged)',
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
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('command' as const), session: fc.nat(2), command: fc.constantFrom(...COMMANDS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), session: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'deliver' }) },
)

type Snapshot = ReturnType<typeof snapshot>
type Allowed = 'none' | 'expunge' | 'move'

/**
 * The invariant for one step: every message that left a mailbox did so because this step was
 * allowed to remove it there (a \Deleted one by an expunge, or one MOVE put elsewhere).
 * Returns the first unexplained loss, and how many left in an allowed way.
 */
function unexplainedLoss(before: Snapshot, after: Snapshot, allowed: Allowed, removable: string | undefined): { unexplained?: string; removed: number } {
  let removed = 0
  for (const [id, places] of before) {
    const now = after.get(id) ?? []
    for (const place of places) {
      const stillThere = now.filter((p) => p.mailbox === place.mailbox).length >= places.filter((p) => p.mailbox === place.mailbox).length
      if (stillThere) continue
      const movedAway = now.some((p) => p.mailbox !== place.mailbox)
      const ok = place.mailbox === removable && ((allowed === 'expunge' && place.deleted) || (allowed === 'move' && movedAway))
      if (!ok) return { unexplained: `${id} left ${place.mailbox}`, removed }
      removed++
    }
  }
  return { removed }
}

describe('IMAP invariant check, self-test with broken states', () => {
  const state = (entries: [string, { mailbox: string; deleted: boolean }[]][]): Snapshot => new Map(entries)
  const kept = state([['<a>', [{ mailbox: 'INBOX', deleted: true }]], ['<b>', [{ mailbox: 'INBOX', deleted: false }]]])

  it('passes nothing lost, an allowed expunge, and an allowed move', () => {
    expect(unexplainedLoss(kept, kept, 'none', undefined)).toEqual({ removed: 0 })
    expect(unexplainedLoss(kept, state([['<b>', [{ mailbox: 'INBOX', deleted: false }]]]), 'expunge', 'INBOX')).toEqual({ removed: 1 })
    const moved = state([['<a>', [{ mailbox: 'INBOX', deleted: true }]], ['<b>', [{ mailbox: 'Archive', deleted: false }]]])
    expect(unexplainedLoss(kept, moved, 'move', 'INBOX')).toEqual({ removed: 1 })
  })

  it('fails a loss with no expunge, a lost message that was not \\Deleted, an expunge in a mailbox not selected read-write, a move that lost the copy', () => {
    const onlyB = state([['<b>', [{ mailbox: 'INBOX', deleted: false }]]])
    const onlyA = state([['<a>', [{ mailbox: 'INBOX', deleted: true }]]])
    expect(unexplainedLoss(kept, onlyB, 'none', undefined).unexplained).toBe('<a> left INBOX')
    expect(unexplainedLoss(kept, onlyA, 'expunge', 'INBOX').unexplained).toBe('<b> left INBOX')
    expect(unexplainedLoss(kept, onlyB, 'expunge', undefined).unexplained).toBe('<a> left INBOX')
    expect(unexplainedLoss(kept, onlyB, 'expunge', 'Archive').unexplained).toBe('<a> left INBOX')
    expect(unexplainedLoss(kept, onlyA, 'move', 'INBOX').unexplained).toBe('<b> left INBOX')
  })
})

describe('IMAP invariant: no message is lost outside a committed delete', () => {
  // How often mail did leave, by cause: a server that never expunges or moves must not pass.
  const removals = { none: 0, expunge: 0, move: 0 }

  afterAll(() => {
    expect(removals.expunge).toBeGreaterThan(20)
    expect(removals.move).toBeGreaterThan(20)
  })

  it('holds over random sessions, commands and drops', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        let nextId = 4
        const server = startServer([{ name: 'alice', password: 'secret', messages: [1, 2, 3].map(messageText), mailboxes: { Archive: [] } }])
        const sessions: Connection[] = []
        // What each session has selected, from its replies: read-only sessions may remove nothing.
        const selections: ({ mailbox: string; readOnly: boolean } | undefined)[] = []
        // Every session logs in and selects a mailbox, so most commands have something to act on.
        const connect = () => {
          const connection = server.connect('imap')
          connection.send('l LOGIN alice secret')
          const mailbox = sessions.length % 2 === 0 ? 'INBOX' : 'Archive'
          connection.send(`s SELECT ${mailbox}`)
          sessions.push(connection)
          selections.push({ mailbox, readOnly: false })
        }
        connect()
        connect()
        let tag = 0
        for (const current of steps) {
          const before = snapshot(server)
          let allowed: Allowed = 'none'
          let removable: string | undefined
          if (current.kind === 'connect') {
            connect()
          } else if (current.kind === 'deliver') {
            server.deliver('alice', messageText(nextId++))
          } else {
            const connection = sessions[current.session]
            if (!connection) continue
            const selection = selections[current.session]
            if (current.kind === 'drop') connection.close()
            else {
              const verb = current.command.replace(/^UID /, '').split(' ')[0]
              // Only a read-write selection may remove mail, and only from the mailbox it selected.
              if (selection && !selection.readOnly) {
                if (verb === 'EXPUNGE' || verb === 'CLOSE') allowed = 'expunge'
                if (verb === 'MOVE') allowed = 'move'
              }
              const line = current.command === 'DONE' ? 'DONE' : `t${tag++} ${current.command}`
              const reply = connection.send(line)
              if (/^t\d+ OK \[READ-(WRITE|ONLY)\]/m.test(reply)) {
                selections[current.session] = { mailbox: current.command.split(' ')[1], readOnly: reply.includes('[READ-ONLY]') }
              } else if (/^(SELECT|EXAMINE|CLOSE|UNSELECT)$/.test(verb) && /^t\d+ (OK|NO) /m.test(reply)) {
                selections[current.session] = undefined
              }
            }
            if (connection.closed) selections[current.session] = undefined
            if (allowed !== 'none') removable = selection?.mailbox
          }
          const loss = unexplainedLoss(before, snapshot(server), allowed, removable)
          if (loss.unexplained) throw new Error(`${loss.unexplained} on ${JSON.stringify(current)} (session selected ${JSON.stringify(current.kind === 'command' ? selections[current.session] : undefined)})`)
          if (allowed !== 'none') removals[allowed] += loss.removed
        }
      }),
      { numRuns: 1000, seed: 2177 },
    )
  }, 60_000)
})
