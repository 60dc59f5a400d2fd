// The state tables are the ones the sessions follow: every arrow, walked on a real server
// session, ends in the state the table names (null: the connection is closed).
import { describe, expect, it } from 'vitest'
import { createMailServer, IMAP_STATE_TABLE, nextState, POP3_STATE_TABLE, type Connection, type ProtocolState } from '@/lib/protocols'

const server = () => createMailServer({ users: [{ name: 'alice', password: 'secret', messages: ['Subject: Hi\r\n\r\nHello\r\n'] }] })
const stateOf = (connection: Connection): ProtocolState | null => (connection.closed ? null : connection.state)

/** Lines that take a fresh connection through each arrow, from the state before it. */
const pop3Walks: Record<string, { before: string[]; line: string | null; through?: boolean }> = {
  'null>AUTHORIZATION': { before: [], line: null },
  'AUTHORIZATION>TRANSACTION': { before: ['USER alice'], line: 'PASS secret' },
  'TRANSACTION>UPDATE': { before: ['USER alice', 'PASS secret'], line: 'QUIT' },
  'AUTHORIZATION>null': { before: [], line: 'QUIT' },
  // UPDATE and logout last only while the server answers: the session keeps them as its last state.
  'UPDATE>null': { before: ['USER alice', 'PASS secret'], line: 'QUIT', through: true },
  'TRANSACTION>null': { before: ['USER alice', 'PASS secret'], line: 'DROP' },
}

const imapWalks: Record<string, { before: string[]; line: string | null; through?: boolean }> = {
  'null>not authenticated': { before: [], line: null },
  'not authenticated>authenticated': { before: [], line: 'a LOGIN alice secret' },
  'authenticated>selected': { before: ['a LOGIN alice secret'], line: 'b SELECT INBOX' },
  'selected>authenticated': { before: ['a LOGIN alice secret', 'b SELECT INBOX'], line: 'c CLOSE' },
  'not authenticated>logout': { before: [], line: 'z LOGOUT' },
  'authenticated>logout': { before: ['a LOGIN alice secret'], line: 'z LOGOUT' },
  'selected>logout': { before: ['a LOGIN alice secret', 'b SELECT INBOX'], line: 'z LOGOUT' },
  'logout>null': { before: ['a LOGIN alice secret'], line: 'z LOGOUT', through: true },
}

describe.each([
  ['pop3', POP3_STATE_TABLE, pop3Walks],
  ['imap', IMAP_STATE_TABLE, imapWalks],
] as const)('%s state table', (protocol, table, walks) => {
  it('has a walk for every arrow and no more', () => {
    expect(Object.keys(walks).sort()).toEqual(table.transitions.map((t) => `${t.from}>${t.to}`).sort())
  })

  it.each(table.transitions.map((t) => [`${t.from} → ${t.to} (${t.label})`, t] as const))('%s happens on a real session', (_name, transition) => {
    const walk = walks[`${transition.from}>${transition.to}`]
    const connection = server().connect(protocol)
    for (const line of walk.before) connection.send(line)
    if (walk.line === null) {
      expect(transition.from).toBeNull()
    } else if (walk.through) {
      connection.send(walk.line)
      expect(connection.state).toBe(transition.from)
    } else {
      expect(stateOf(connection)).toBe(transition.from)
      if (walk.line === 'DROP') connection.close()
      else connection.send(walk.line)
    }
    // LOGOUT passes through "logout" and closes in one reply; QUIT through UPDATE likewise.
    const reached = transition.to === null ? stateOf(connection) : connection.state
    expect(reached).toBe(transition.to)
  })

  it('nextState follows the table and leaves unknown events alone', () => {
    for (const transition of table.transitions) expect(nextState(table, transition.from, transition.event)).toBe(transition.to)
    expect(nextState(table, table.states[0], 'no-such-event' as never)).toBe(table.states[0])
  })
})
