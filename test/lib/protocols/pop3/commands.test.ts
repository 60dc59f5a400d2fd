// Recorded-style cases for POP3 behaviour the reference corpus does not cover, derived from
// RFC 1939, RFC 2449, RFC 5034 and Dovecot 2.3's source. Each expects exact wire text.

import { pop3CommandsAllowed } from '@/lib/protocols/pop3'
import { encodeBase64 } from '@/lib/protocols/pop3/sasl'
import { deliveredMessage, referenceUsers } from '../reference'
import { startServer, type TestConnection, type TestServer } from './harness'

const CAPA_BEFORE = '+OK\r\nCAPA\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nPIPELINING\r\nAUTH-RESP-CODE\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n'
const CAPA_AFTER = '+OK\r\nCAPA\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nPIPELINING\r\nAUTH-RESP-CODE\r\n.\r\n'
const HEADER_1 =
  'From: Bob Example <bob@example.org>\r\nTo: Alice Example <alice@example.org>\r\nSubject: First test message\r\n' +
  'Date: Tue, 14 Nov 2023 22:13:21 +0000\r\nMessage-ID: <msg1@example.org>\r\n\r\n'

let server: TestServer

beforeEach(() => {
  server = startServer(referenceUsers())
})

function login(user = 'alice'): TestConnection {
  const conn = server.connect('pop3')
  expect(conn.send(`USER ${user}`)).toBe('+OK\r\n')
  expect(conn.send('PASS secret')).toBe('+OK Logged in.\r\n')
  return conn
}

const inbox = () => server.store.inbox('alice')!

describe('CAPA (RFC 2449 §5)', () => {
  it('lists USER and SASL PLAIN LOGIN before login, and the common list after', () => {
    const conn = server.connect('pop3')
    expect(conn.send('CAPA')).toBe(CAPA_BEFORE)
    expect(conn.send('capa')).toBe(CAPA_BEFORE)
    conn.send('USER alice')
    conn.send('PASS secret')
    expect(conn.send('CAPA')).toBe(CAPA_AFTER)
  })
})

describe('AUTH PLAIN (RFC 5034 §4, RFC 4616)', () => {
  it('AUTH alone lists the mechanisms, as Dovecot does for old clients', () => {
    expect(server.connect('pop3').send('AUTH')).toBe('+OK\r\nPLAIN\r\nLOGIN\r\n.\r\n')
  })

  it('logs in with an initial response', () => {
    const conn = server.connect('pop3')
    expect(conn.send(`AUTH PLAIN ${encodeBase64('\0alice\0secret')}`)).toBe('+OK Logged in.\r\n')
    expect(conn.state).toBe('TRANSACTION')
    expect(conn.send('STAT')).toBe('+OK 3 623\r\n')
  })

  it('logs in through a continuation when there is no initial response', () => {
    const conn = server.connect('pop3')
    expect(conn.send('auth plain')).toBe('+ \r\n')
    expect(conn.send(encodeBase64('alice\0alice\0secret'))).toBe('+OK Logged in.\r\n')
    expect(conn.send('STAT')).toBe('+OK 3 623\r\n')
  })

  it('treats the continuation line as the response, not as a command', () => {
    const conn = server.connect('pop3')
    expect(conn.send('AUTH PLAIN')).toBe('+ \r\n')
    expect(conn.send('QUIT')).toBe('-ERR [AUTH] Authentication failed.\r\n')
    expect(conn.closed).toBe(false)
  })

  it.each([
    ['*', '-ERR Authentication aborted by client.\r\n'],
    ['!!!', '-ERR [AUTH] Invalid base64 data in continued response\r\n'],
    [encodeBase64('\0alice\0wrong'), '-ERR [AUTH] Authentication failed.\r\n'],
    ['', '-ERR [AUTH] Authentication failed.\r\n'],
  ])('answers %j to a continuation with %j', (response, reply) => {
    const conn = server.connect('pop3')
    expect(conn.send('AUTH PLAIN')).toBe('+ \r\n')
    expect(conn.send(response)).toBe(reply)
    expect(conn.state).toBe('AUTHORIZATION')
    expect(conn.send('USER alice')).toBe('+OK\r\n')
  })

  it.each([
    [`AUTH PLAIN ${encodeBase64('\0alice\0wrong')}`, '-ERR [AUTH] Authentication failed.\r\n'],
    [`AUTH PLAIN ${encodeBase64('bob\0alice\0secret')}`, '-ERR [AUTH] Authentication failed.\r\n'],
    [`AUTH PLAIN ${encodeBase64('alice secret')}`, '-ERR [AUTH] Authentication failed.\r\n'],
    ['AUTH PLAIN =', '-ERR [AUTH] Authentication failed.\r\n'],
    ['AUTH PLAIN %%%', '-ERR [AUTH] Invalid base64 data in initial response\r\n'],
    ['AUTH DIGEST-MD5', '-ERR [AUTH] Unsupported authentication mechanism.\r\n'],
    ['AUTH CRAM-MD5 abc', '-ERR [AUTH] Unsupported authentication mechanism.\r\n'],
  ])('%j → %j', (line, reply) => {
    const conn = server.connect('pop3')
    expect(conn.send(line)).toBe(reply)
    expect(conn.state).toBe('AUTHORIZATION')
    expect(conn.closed).toBe(false)
  })
})

describe('USER and PASS (RFC 1939 §7)', () => {
  it('takes the whole rest of the line as the password, and forgets USER after PASS', () => {
    server = startServer([{ name: 'carol', password: 'two words' }])
    const conn = server.connect('pop3')
    conn.send('USER carol')
    expect(conn.send('PASS two')).toBe('-ERR [AUTH] Authentication failed.\r\n')
    expect(conn.send('PASS two words')).toBe('-ERR No username given.\r\n')
    conn.send('USER carol')
    expect(conn.send('PASS two words')).toBe('+OK Logged in.\r\n')
    expect(conn.send('STAT')).toBe('+OK 0 0\r\n')
    expect(conn.send('LIST')).toBe('+OK 0 messages:\r\n.\r\n')
    expect(conn.send('UIDL')).toBe('+OK\r\n.\r\n')
  })

  it('QUIT before login says "Logging out" and changes nothing', () => {
    const conn = server.connect('pop3')
    expect(conn.send('QUIT')).toBe('+OK Logging out\r\n')
    expect(conn.closed).toBe(true)
    expect(conn.send('STAT')).toBe('')
    expect(inbox().messages).toHaveLength(3)
  })
})

describe('LIST, UIDL, TOP with arguments (RFC 1939 §5, §7)', () => {
  it.each([
    ['LIST 2', '+OK 2 211\r\n'],
    ['LIST  3', '+OK 3 192\r\n'],
    ['LIST 0', "-ERR There's no message 0.\r\n"],
    ['LIST 4', "-ERR There's no message 4.\r\n"],
    ['LIST 1 2', '-ERR Noise after message number:  2\r\n'],
    ['LIST 99999999999', '-ERR Message number too large: 99999999999\r\n'],
    ['UIDL 2', '+OK 2 000000026b081a2c\r\n'],
    ['uidl 3', '+OK 3 000000036b081a2c\r\n'],
    ['UIDL x', '-ERR Invalid message number: x\r\n'],
    ['TOP 1 0', `+OK\r\n${HEADER_1}.\r\n`],
    ['TOP 1 1', `+OK\r\n${HEADER_1}Hello Alice,\r\n.\r\n`],
    ['TOP 1 99', `+OK\r\n${HEADER_1}Hello Alice,\r\nthis is the first message.\r\n.\r\n`],
    ['TOP 1 18446744073709551615', `+OK\r\n${HEADER_1}Hello Alice,\r\nthis is the first message.\r\n.\r\n`],
    ['TOP 1 x', '-ERR Invalid size: x\r\n'],
    ['TOP 1', '-ERR Noise after message number: \r\n'],
    ['TOP 1 ', '-ERR Invalid size: \r\n'],
    ['TOP 1 2 3', '-ERR Noise after size:  3\r\n'],
    ['TOP 1 99999999999999999999999', '-ERR Size too large: 99999999999999999999999\r\n'],
    ['RETR 1 ', '-ERR Noise after message number:  \r\n'],
    ['NOOP', '+OK\r\n'],
    ['STAT now', '+OK 3 623\r\n'],
  ])('%j → %j', (line, reply) => {
    expect(login().send(line)).toBe(reply)
  })

  it('UIDL strings are %08x%08x of UID and UIDVALIDITY, the same in every session', () => {
    const first = login().send('UIDL')
    expect(first).toBe('+OK\r\n1 000000016b081a2c\r\n2 000000026b081a2c\r\n3 000000036b081a2c\r\n.\r\n')
    expect(login().send('UIDL')).toBe(first)
  })
})

describe('dot-stuffing (RFC 1939 §3)', () => {
  const raw = 'Subject: dots\n\n.leading dot\n..two dots\n.\nend\n'
  beforeEach(() => {
    server = startServer([{ name: 'alice', password: 'secret', messages: [raw, 'Subject: no body'] }])
  })

  it('RETR doubles a leading "." and counts octets before stuffing', () => {
    expect(login().send('RETR 1')).toBe(
      '+OK 51 octets\r\nSubject: dots\r\n\r\n..leading dot\r\n...two dots\r\n..\r\nend\r\n.\r\n',
    )
  })

  it('TOP stuffs the lines it sends', () => {
    expect(login().send('TOP 1 3')).toBe('+OK\r\nSubject: dots\r\n\r\n..leading dot\r\n...two dots\r\n..\r\n.\r\n')
  })

  it('a message without a final line break gets CRLF before the "."', () => {
    const conn = login()
    expect(conn.send('RETR 2')).toBe('+OK 16 octets\r\nSubject: no body\r\n.\r\n')
    expect(conn.send('TOP 2 0')).toBe('+OK\r\nSubject: no body\r\n.\r\n')
  })
})

describe('DELE, RSET, QUIT (RFC 1939 §5, §6)', () => {
  it('RSET after DELE: QUIT says "Logging out." and deletes nothing', () => {
    const conn = login()
    conn.send('DELE 1')
    expect(conn.send('RSET')).toBe('+OK\r\n')
    expect(conn.send('QUIT')).toBe('+OK Logging out.\r\n')
    expect(inbox().messages).toHaveLength(3)
  })

  it('QUIT enters UPDATE and removes exactly the marked messages', () => {
    const conn = login()
    conn.send('DELE 2')
    expect(conn.send('QUIT')).toBe('+OK Logging out, messages deleted.\r\n')
    expect(conn.state).toBe('UPDATE')
    expect(inbox().messages.map((m) => m.uid)).toEqual([1, 3])
  })

  it('message numbers stay fixed for the session while mail arrives (RFC 1939 §5)', () => {
    const conn = login()
    server.deliver('alice', deliveredMessage())
    expect(conn.send('STAT')).toBe('+OK 3 623\r\n')
    expect(conn.send('LIST 4')).toBe("-ERR There's no message 4.\r\n")
    conn.send('QUIT')
    expect(login().send('STAT')).toMatch(/^\+OK 4 \d+\r\n$/)
  })

  it('a message another session removed is reported expunged, and still listed', () => {
    const a = login()
    const b = login()
    b.send('DELE 1')
    b.send('QUIT')
    expect(a.send('RETR 1')).toBe('-ERR Message 1 expunged.\r\n')
    expect(a.send('TOP 1 0')).toBe('-ERR Message 1 expunged.\r\n')
    expect(a.send('LIST 1')).toBe('+OK 1 220\r\n')
    a.send('DELE 1')
    expect(a.send('QUIT')).toBe('+OK Logging out, messages deleted.\r\n')
    expect(inbox().messages.map((m) => m.uid)).toEqual([2, 3])
  })
})

describe('\\Seen and \\Recent, as Dovecot sets them', () => {
  const flags = (uid: number) => [...(inbox().byUid(uid)?.flags ?? [])]

  it('RETR marks \\Seen when the session ends, telling the other sessions', () => {
    const changes: unknown[] = []
    inbox().subscribe((change) => changes.push(change))
    const conn = login()
    conn.send('RETR 2')
    expect(flags(2)).toEqual([])
    conn.send('QUIT')
    expect(flags(2)).toEqual(['\\Seen'])
    expect(changes).toEqual([{ kind: 'flags', uid: 2, origin: expect.any(Number) }])
  })

  it('a dropped connection still stores \\Seen for what RETR sent, but deletes nothing', () => {
    const conn = login()
    conn.send('RETR 1')
    conn.send('DELE 1')
    conn.close()
    expect(flags(1)).toEqual(['\\Seen'])
    expect(inbox().messages).toHaveLength(3)
  })

  it('TOP does not set \\Seen, RSET forgets a pending \\Seen, and a deleted message gets none', () => {
    const conn = login()
    conn.send('TOP 1 5')
    conn.send('RETR 2')
    conn.send('RSET')
    conn.send('RETR 3')
    conn.send('DELE 3')
    conn.send('QUIT')
    expect(flags(1)).toEqual([])
    expect(flags(2)).toEqual([])
    expect(inbox().messages.map((m) => m.uid)).toEqual([1, 2])
  })

  it('an IMAP session on the same INBOX sees 0 RECENT, then \\Seen and EXPUNGE after QUIT', () => {
    const imap = server.connect('imap')
    imap.send('a LOGIN alice secret')
    const pop = login()
    expect(imap.send('b SELECT INBOX')).toContain('* 0 RECENT\r\n')
    pop.send('RETR 1')
    pop.send('DELE 2')
    expect(imap.send('c NOOP')).not.toMatch(/FETCH|EXPUNGE/)
    pop.send('QUIT')
    const update = imap.send('d NOOP')
    expect(update).toContain('* 1 FETCH (FLAGS (\\Seen))\r\n')
    expect(update).toContain('* 2 EXPUNGE\r\n')
  })

  it('login takes \\Recent from the messages present (MAILBOX_FLAG_DROP_RECENT)', () => {
    login()
    server.deliver('alice', deliveredMessage())
    expect(inbox().messages.map((m) => m.unclaimedRecent)).toEqual([false, false, false, true])
  })
})

describe('limits', () => {
  it.each([
    ['before login', false, 1032, '-ERR Unknown command.\r\n', '-ERR Input buffer full, aborting\r\n'],
    ['after login', true, 2046, `-ERR Unknown command: ${'X'.repeat(2046)}\r\n`, '-ERR Input line too long.\r\n'],
  ])('%s a line of %#… octets', (_, loggedIn, limit, atLimit, over) => {
    const conn = loggedIn ? login() : server.connect('pop3')
    expect(conn.send('X'.repeat(limit))).toBe(atLimit)
    expect(conn.closed).toBe(false)
    expect(conn.send('X'.repeat(limit - 1) + 'é')).toBe(over)
    expect(conn.closed).toBe(true)
  })

  it('a 100 kB line closes the connection without deleting anything', () => {
    const conn = login()
    conn.send('DELE 1')
    expect(conn.send('RETR '.repeat(20_000))).toBe('-ERR Input line too long.\r\n')
    expect(conn.closed).toBe(true)
    expect(inbox().messages).toHaveLength(3)
  })

  it('before login, the third bad command in a row closes; a good one resets the count', () => {
    const conn = server.connect('pop3')
    conn.send('FOO')
    conn.send('NOOP')
    conn.send('CAPA')
    conn.send('BAR')
    expect(conn.send('STAT')).toBe('-ERR Unknown command.\r\n')
    expect(conn.send('LIST')).toBe('-ERR Unknown command.\r\n-ERR Too many invalid bad commands.\r\n')
    expect(conn.closed).toBe(true)
  })

  it('after login, the 21st bad command in a row closes', () => {
    const conn = login()
    for (let i = 0; i < 19; i++) conn.send('RETR 9')
    expect(conn.send('STAT')).toBe('+OK 3 623\r\n')
    for (let i = 0; i < 20; i++) expect(conn.send('USER alice')).toBe('-ERR Unknown command: USER\r\n')
    expect(conn.closed).toBe(false)
    expect(conn.send('retr 0')).toBe("-ERR There's no message 0.\r\n-ERR Too many bad commands.\r\n")
    expect(conn.closed).toBe(true)
  })
})

describe('pop3CommandsAllowed (RFC 1939 §3)', () => {
  it.each([
    ['AUTHORIZATION', ['USER', 'PASS', 'AUTH', 'CAPA', 'QUIT']],
    ['TRANSACTION', ['CAPA', 'STAT', 'LIST', 'UIDL', 'RETR', 'TOP', 'DELE', 'RSET', 'NOOP', 'QUIT']],
    ['UPDATE', []],
  ] as const)('%s → %j', (state, names) => {
    expect(pop3CommandsAllowed(state)).toEqual(names)
  })
})
