// The connection API of createMailServer (README, "The simulated mail server API"): the byte API
// (receive / onOutput) frames any chunking of the client's bytes the same way, pushes IDLE updates
// as they happen, and the line API (send / read) is a thin UTF-8 wrapper over it.

import fc from 'fast-check'
import { createMailServer, type MailServer, type Protocol } from '@/lib/protocols'
import { deliveredMessage, referenceUsers } from './reference'
import { byteClient, concat, fromLatin1, latin1 } from './byteClient'

const SEED = 18_002
const RUNS = 80

/** A client byte stream with pipelining, both literal kinds (sent without waiting), 8-bit data and IDLE. */
const IMAP_STREAM = latin1(
  [
    'a1 LOGIN {5+}\r\nalice "secret"\r\n',
    'a2 SELECT INBOX\r\na3 FETCH 1:* (UID FLAGS RFC822.SIZE)\r\n',
    'a4 APPEND INBOX (\\Seen) {23}\r\nSubject: M\xfcnchen\r\n\r\nx\n\r\r\n',
    'a5 APPEND INBOX {4+}\r\n\x00\r\n\x00\r\n',
    'a6 STORE 1 +FLAGS (\\Flagged)\r\na7 UID FETCH 4:* (BODY.PEEK[]<1.9> RFC822.SIZE)\r\n',
    'a8 SEARCH FLAGGED\r\na9 IDLE\r\nDONE\r\nbad line\r\n\r\na10 LOGOUT\r\n',
  ].join(''),
)

const POP3_STREAM = latin1('CAPA\r\nUSER alice\r\nPASS secret\r\nSTAT\r\nLIST\r\nRETR 1\r\nTOP 2 1\r\nUIDL\nDELE 3\r\nNOOP\r\nRSET\r\nQUIT\r\n')

function replay(protocol: Protocol, chunks: readonly Uint8Array[]): string {
  const server = createMailServer({ users: referenceUsers() })
  const client = byteClient(server, protocol)
  for (const chunk of chunks) client.write(chunk)
  return client.takeText()
}

/** The stream cut at the given offsets (sorted, duplicates make empty chunks). */
function cut(stream: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const points = [...offsets].sort((a, b) => a - b)
  const chunks: Uint8Array[] = []
  let start = 0
  for (const point of points) {
    chunks.push(stream.subarray(start, point))
    start = point
  }
  chunks.push(stream.subarray(start))
  return chunks
}

describe('receive(bytes): the server frames lines and literals itself', () => {
  it.each<[Protocol, Uint8Array]>([
    ['imap', IMAP_STREAM],
    ['pop3', POP3_STREAM],
  ])('%s: the whole stream at once gets every reply, greeting first', (protocol, stream) => {
    const whole = replay(protocol, [stream])
    if (protocol === 'imap') {
      expect(whole).toMatch(/^\* OK \[CAPABILITY /)
      expect(whole).toContain('a4 OK [APPENDUID')
      expect(whole).toContain('a5 OK [APPENDUID')
      expect(whole).toContain('BODY[]<1> {9}\r\nubject: M RFC822.SIZE 23)')
      expect(whole).toContain('BODY[]<1> {3}\r\n\r\n\x00 RFC822.SIZE 4)')
      expect(whole).toContain('a9 OK Idle completed.')
      expect(whole).toContain('bad BAD Error in IMAP command LINE: Unknown command.')
      expect(whole).toMatch(/a10 OK Logout completed\.\r\n$/)
    } else {
      expect(whole).toMatch(/^\+OK Mail Protocol Lab ready\.\r\n/)
      expect(whole).toMatch(/\+OK Logging out\.\r\n$/)
    }
  })

  it.each<[Protocol, Uint8Array]>([
    ['imap', IMAP_STREAM],
    ['pop3', POP3_STREAM],
  ])(`%s: any split into chunks gives the same replies as the stream sent whole (seed ${SEED})`, (protocol, stream) => {
    const whole = replay(protocol, [stream])
    fc.assert(
      fc.property(fc.array(fc.nat(stream.length), { maxLength: 40 }), (offsets) => {
        expect(replay(protocol, cut(stream, offsets))).toBe(whole)
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })

  it('one byte at a time gives the same replies too', () => {
    const whole = replay('imap', [IMAP_STREAM])
    expect(replay('imap', Array.from(IMAP_STREAM, (byte) => Uint8Array.of(byte)))).toBe(whole)
  })
})

describe('onOutput pushes every byte as it is written', () => {
  function idling(server: MailServer) {
    const client = byteClient(server, 'imap')
    client.write('i1 LOGIN alice secret\r\ni2 SELECT INBOX\r\ni3 IDLE\r\n')
    expect(client.takeText()).toMatch(/\+ idling\r\n$/)
    return client
  }

  it('pushes an IDLE update when mail is delivered, with no call from the client', () => {
    const server = createMailServer({ users: referenceUsers() })
    const client = idling(server)
    server.deliver('alice', deliveredMessage())
    expect(client.takeText()).toBe('* 4 EXISTS\r\n* 4 RECENT\r\n')
    client.write('DONE\r\n')
    expect(client.takeText()).toBe('i3 OK Idle completed.\r\n')
  })

  it("pushes another session's changes as that session's command completes", () => {
    const server = createMailServer({ users: referenceUsers() })
    const client = idling(server)
    const other = server.connect('imap')
    other.send('o1 LOGIN alice secret')
    other.send('o2 SELECT INBOX')
    other.send('o3 STORE 2 +FLAGS (\\Deleted)')
    expect(client.takeText()).toBe('* 2 FETCH (FLAGS (\\Deleted \\Recent))\r\n')
    other.send('o4 EXPUNGE')
    expect(client.takeText()).toBe('* 2 EXPUNGE\r\n* 2 RECENT\r\n')
  })

  it('pushes the BYE of a server-side close, and nothing after it', () => {
    const server = createMailServer({ users: referenceUsers() })
    const client = byteClient(server, 'imap')
    client.take()
    client.write('x1 LOGOUT\r\nx2 NOOP\r\n')
    expect(client.takeText()).toBe('* BYE Logging out\r\nx1 OK Logout completed.\r\n')
    expect(client.connection.closed).toBe(true)
  })

  it('the listener given to connect() receives the greeting', () => {
    const server = createMailServer({ users: referenceUsers() })
    const seen: Uint8Array[] = []
    const connection = server.connect('pop3', { onOutput: (bytes) => seen.push(bytes) })
    expect(fromLatin1(concat(seen))).toBe(connection.greeting)
  })
})

describe('send and read: the line API over the same bytes', () => {
  it('encodes the line as UTF-8 and decodes the reply as UTF-8', () => {
    const server = createMailServer({ users: referenceUsers() })
    const connection = server.connect('imap')
    connection.send('l LOGIN alice secret')
    connection.send('c CREATE Probe')
    // "é" is two octets in UTF-8, so the literal announces 2.
    expect(connection.send('a APPEND Probe {2}')).toBe('+ OK\r\n')
    expect(connection.send('é')).toMatch(/^a OK \[APPENDUID \d+ 1\]/)
    connection.send('e EXAMINE Probe')
    expect(connection.send('f FETCH 1 BODY.PEEK[]')).toContain('BODY[] {2}\r\né)')
    expect([...server.store.mailbox('alice', 'Probe')!.messages[0].bytes]).toEqual([0xc3, 0xa9])
  })

  it('read() collects pushed updates when no listener is attached', () => {
    const server = createMailServer({ users: referenceUsers() })
    const connection = server.connect('imap')
    connection.send('l LOGIN alice secret')
    connection.send('s SELECT INBOX')
    connection.send('i IDLE')
    server.deliver('alice', deliveredMessage())
    expect(connection.read()).toBe('* 4 EXISTS\r\n* 4 RECENT\r\n')
    expect(connection.read()).toBe('')
  })
})

describe('SMTP through the byte API', () => {
  it('delivers 8-bit content byte for byte: the stored message ends with exactly the octets sent', () => {
    const server = createMailServer({ users: referenceUsers() })
    const seen: Uint8Array[] = []
    const smtp = server.connect('smtp', { role: 'mta', onOutput: (bytes) => seen.push(bytes) })
    const content = 'Subject: Gr\xfc\xdfe\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nM\xfcnchen \xe9t\xe9\r\n'
    smtp.receive(latin1(`EHLO client.example\r\nMAIL FROM:<bob@example.net>\r\nRCPT TO:<alice@example.org>\r\nDATA\r\n`))
    smtp.receive(latin1(`${content}.\r\nQUIT\r\n`))
    expect(fromLatin1(concat(seen))).toMatch(/250 2\.0\.0 Ok: queued as [0-9A-F]+\r\n221 2\.0\.0 Bye\r\n$/)
    const stored = server.store.inbox('alice')!.messages[3]
    expect(fromLatin1(stored.bytes).endsWith(content)).toBe(true)
    expect(stored.size).toBe(stored.bytes.length)
  })
})
