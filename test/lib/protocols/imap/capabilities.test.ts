// The capability lists are pinned (pinnedCapabilities.ts) before and after login, wherever the
// server states them: the greeting, CAPABILITY, and the OK of LOGIN and AUTHENTICATE. Every
// pinned capability has a probe here that uses it, so none is advertised without being implemented.

import type { Connection, MailServer } from '@/lib/protocols'
import { script, selected, startServer } from './harness'
import { CAPABILITIES_AFTER_LOGIN, CAPABILITIES_BEFORE_LOGIN } from './pinnedCapabilities'

const PLAIN_ALICE = 'AGFsaWNlAHNlY3JldA==' // base64 of "\0alice\0secret" (RFC 4616)

/** The names in a `[CAPABILITY ...]` code or a `* CAPABILITY` line of this reply. */
function listed(reply: string): string[] {
  const match = /(?:\[CAPABILITY |^\* CAPABILITY )([^\]\r\n]*)/m.exec(reply)
  if (!match) throw new Error(`no capability list in ${JSON.stringify(reply)}`)
  return match[1].split(' ')
}

function loggedIn(server: MailServer): Connection {
  const connection = server.connect('imap')
  connection.send('l LOGIN alice secret')
  return connection
}

/** One probe per capability: it uses the capability and expects the behaviour its RFC promises. */
const PROBES: Record<string, (server: MailServer) => void> = {
  'IMAP4rev1': (server) => {
    const reply = script(selected(server), 'f FETCH 1 (FLAGS RFC822.SIZE)')
    expect(reply).toMatch(/^\* 1 FETCH \(FLAGS \([^)]*\) RFC822\.SIZE \d+\)\r\nf OK /)
  },
  'SASL-IR': (server) => {
    // RFC 4959: the initial response rides on the AUTHENTICATE line, no continuation needed.
    expect(server.connect('imap').send(`a AUTHENTICATE PLAIN ${PLAIN_ALICE}`)).toMatch(/^a OK /)
  },
  'AUTH=PLAIN': (server) => {
    const connection = server.connect('imap')
    expect(connection.send('a AUTHENTICATE PLAIN')).toBe('+ \r\n')
    expect(connection.send(PLAIN_ALICE)).toMatch(/^a OK /)
    expect(connection.send('b SELECT INBOX')).toMatch(/\r\nb OK \[READ-WRITE\]/)
  },
  'AUTH=LOGIN': (server) => {
    // draft-murchison-sasl-login: the server asks "Username:" then "Password:", both in base64.
    const connection = server.connect('imap')
    expect(connection.send('a AUTHENTICATE LOGIN')).toBe('+ VXNlcm5hbWU6\r\n')
    expect(connection.send('YWxpY2U=')).toBe('+ UGFzc3dvcmQ6\r\n')
    expect(connection.send('c2VjcmV0')).toMatch(/^a OK /)
    expect(connection.send('b SELECT INBOX')).toMatch(/\r\nb OK \[READ-WRITE\]/)
  },
  'ID': (server) => {
    expect(server.connect('imap').send('a ID NIL')).toMatch(/^\* ID \("name" "[^"]+"\)\r\na OK /)
  },
  'ENABLE': (server) => {
    // RFC 5161 §3.1: an extension we do not know is simply not listed in * ENABLED.
    expect(loggedIn(server).send('e ENABLE X-UNKNOWN')).toBe('* ENABLED\r\ne OK Enabled.\r\n')
  },
  'IDLE': (server) => {
    const connection = selected(server)
    expect(connection.send('i IDLE')).toBe('+ idling\r\n')
    server.deliver('alice', 'Subject: during idle\r\n\r\nhi\r\n')
    expect(connection.read()).toMatch(/^\* 4 EXISTS\r\n/)
    expect(connection.send('DONE')).toMatch(/^i OK /)
  },
  'LITERAL+': (server) => {
    // RFC 7888: a non-synchronising literal needs no "+" continuation before its octets.
    const connection = server.connect('imap')
    expect(connection.send('a LOGIN {5+}\r\nalice secret')).toMatch(/^a OK /)
  },
  'UNSELECT': (server) => {
    const connection = selected(server)
    script(connection, 's STORE 1 +FLAGS (\\Deleted)')
    expect(connection.send('u UNSELECT')).toBe('u OK Unselect completed.\r\n')
    // RFC 3691: unlike CLOSE, UNSELECT expunges nothing.
    expect(server.store.inbox('alice')?.messages).toHaveLength(3)
    expect(connection.send('f FETCH 1 FLAGS')).toMatch(/^f BAD /)
  },
  'CHILDREN': (server) => {
    const connection = loggedIn(server)
    connection.send('c CREATE Work/Reports')
    const reply = connection.send('l LIST "" "*"')
    expect(reply).toContain('\\HasChildren) "/" Work\r\n')
    expect(reply).toMatch(/\(\\HasNoChildren\) "\/" Work\/Reports\r\n/)
  },
  'NAMESPACE': (server) => {
    expect(loggedIn(server).send('n NAMESPACE')).toBe('* NAMESPACE (("" "/")) NIL NIL\r\nn OK Namespace completed.\r\n')
  },
  'UIDPLUS': (server) => {
    const connection = selected(server)
    connection.send('c CREATE Archive')
    expect(connection.send('c UID COPY 2 Archive')).toMatch(/^c OK \[COPYUID \d+ 2 1\] /)
    script(connection, 's STORE 1:2 +FLAGS.SILENT (\\Deleted)')
    // RFC 4315 §2.1: UID EXPUNGE removes only the named \Deleted message.
    expect(connection.send('x UID EXPUNGE 1')).toMatch(/^\* 1 EXPUNGE\r\n(\* \d+ RECENT\r\n)?x OK Expunge completed\.\r\n$/)
    expect(server.store.inbox('alice')?.messages.map((message) => message.uid)).toEqual([2, 3])
  },
  'MOVE': (server) => {
    const connection = selected(server)
    connection.send('c CREATE Archive')
    expect(connection.send('m MOVE 1 Archive')).toMatch(/^\* OK \[COPYUID \d+ 1 1\][^\r]*\r\n\* 1 EXPUNGE\r\n(\* \d+ RECENT\r\n)?m OK /)
    expect(server.store.mailbox('alice', 'Archive')?.messages).toHaveLength(1)
    expect(server.store.inbox('alice')?.messages).toHaveLength(2)
  },
}

describe('IMAP capability lists (pinned in pinnedCapabilities.ts)', () => {
  it('before login: the greeting and CAPABILITY list exactly the pinned names', () => {
    const connection = startServer().connect('imap')
    expect(listed(connection.greeting)).toEqual(CAPABILITIES_BEFORE_LOGIN)
    expect(listed(connection.send('c CAPABILITY'))).toEqual(CAPABILITIES_BEFORE_LOGIN)
  })

  it('after login: the OK of LOGIN and AUTHENTICATE, and CAPABILITY, list exactly the pinned names', () => {
    const server = startServer()
    const login = server.connect('imap')
    expect(listed(login.send('l LOGIN alice secret'))).toEqual(CAPABILITIES_AFTER_LOGIN)
    expect(listed(login.send('c CAPABILITY'))).toEqual(CAPABILITIES_AFTER_LOGIN)
    expect(listed(server.connect('imap').send(`a AUTHENTICATE PLAIN ${PLAIN_ALICE}`))).toEqual(CAPABILITIES_AFTER_LOGIN)
  })

  it('has a probe for every pinned capability, and no probe for one that is not pinned', () => {
    const pinned = [...new Set([...CAPABILITIES_BEFORE_LOGIN, ...CAPABILITIES_AFTER_LOGIN])].sort()
    expect(Object.keys(PROBES).sort()).toEqual(pinned)
  })

  for (const [name, probe] of Object.entries(PROBES)) {
    it(`implements ${name}`, () => probe(startServer()))
  }
})
