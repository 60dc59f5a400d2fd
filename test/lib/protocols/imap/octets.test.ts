// IMAP byte for byte: the failures issue 18 quotes, replayed with the exact client bytes through
// the byte API, and properties over arbitrary message bytes and literals (fixed, printed seeds).

import fc from 'fast-check'
import { createMailServer } from '@/lib/protocols'
import { referenceUsers } from '../reference'
import { byteClient, concat, fromLatin1, latin1, type ByteClient } from '../byteClient'

const SEED = 1818
const RUNS = 60

function loggedIn(server = createMailServer({ users: referenceUsers() })) {
  const client = byteClient(server, 'imap')
  client.write('l1 LOGIN alice secret\r\n')
  client.take()
  return { server, client }
}

/** The octets of the literal in `* n FETCH (... {size}\r\n<octets>)`, by the announced size. */
function literalOf(reply: string): string {
  const match = /\{(\d+)\}\r\n/.exec(reply)
  if (!match) throw new Error(`no literal in ${JSON.stringify(reply.slice(0, 120))}`)
  const start = match.index + match[0].length
  return reply.slice(start, start + Number(match[1]))
}

/** APPENDs bytes with a synchronising literal, waiting for the continuation as a client must. */
function append(client: ByteClient, tag: string, mailbox: string, message: Uint8Array): string {
  client.write(`${tag} APPEND ${mailbox} {${message.length}}\r\n`)
  const go = client.takeText()
  expect(go).toBe('+ OK\r\n')
  client.write(concat([message, latin1('\r\n')]))
  return client.takeText()
}

describe('the failures quoted in issue 18, with the exact client bytes', () => {
  it('an 8-bit ISO-8859-1 message APPENDs and comes back byte-identical', () => {
    const { client } = loggedIn()
    // "Grüße aus München" in ISO-8859-1: ü = 0xFC, ß = 0xDF. Not valid UTF-8.
    const message = latin1('From: Bob <bob@example.org>\r\nSubject: Gr\xfc\xdfe\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\nGr\xfc\xdfe aus M\xfcnchen\r\n')
    const reply = append(client, 'a', 'INBOX', message)
    expect(reply).toMatch(/^a OK \[APPENDUID \d+ 4\] Append completed\.\r\n$/)
    client.write('s SELECT INBOX\r\nf UID FETCH 4 (RFC822.SIZE BODY.PEEK[])\r\n')
    const fetched = client.takeText()
    expect(fetched).not.toContain('BAD')
    expect(fetched).toContain(`RFC822.SIZE ${message.length} `)
    expect(literalOf(fetched)).toBe(fromLatin1(message))
  })

  it('`c APPEND Probe {13}` then `line1\\nline2\\r\\n`: the bare LF is literal data, the session stays in step', () => {
    const { client } = loggedIn()
    client.write('c0 CREATE Probe\r\n')
    expect(client.takeText()).toBe('c0 OK Create completed.\r\n')
    client.write('c APPEND Probe {13}\r\n')
    expect(client.takeText()).toBe('+ OK\r\n')
    client.write('line1\nline2\r\n\r\n')
    expect(client.takeText()).toMatch(/^c OK \[APPENDUID \d+ 1\] Append completed\.\r\n$/)
    client.write('d EXAMINE Probe\r\ne FETCH 1 (RFC822.SIZE BODY.PEEK[])\r\nf NOOP\r\n')
    const reply = client.takeText()
    expect(reply).toContain('* 1 FETCH (RFC822.SIZE 13 BODY[] {13}\r\nline1\nline2\r\n)\r\n')
    expect(reply).toMatch(/e OK Fetch completed\.\r\nf OK NOOP completed\.\r\n$/)
  })

  describe('a 78,149-octet 8-bit message', () => {
    // UTF-8 text whose "ü" (0xC3 0xBC) straddles octet 65,536, padded to exactly 78,149 octets.
    const header = 'Subject: M\xc3\xbcnchen\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
    const line = 'Gr\xc3\xbc\xc3\x9fe aus M\xc3\xbcnchen, eine lange Zeile.\r\n'
    let text = header
    while (text.length + line.length < 65_535) text += line
    text += 'x'.repeat(65_535 - text.length) + '\xc3\xbc'
    while (text.length + line.length <= 78_149 - 2) text += line
    text += 'y'.repeat(78_149 - 2 - text.length) + '\r\n'
    const message = latin1(text)

    it('is as long as the issue says, with a two-octet character across octet 65,536', () => {
      expect(message.length).toBe(78_149)
      expect([message[65_535], message[65_536]]).toEqual([0xc3, 0xbc])
    })

    it('downloads in <0.65536> chunks as exactly 65,536 + 12,613 octets, not {65538} and 78,151', () => {
      const server = createMailServer({ users: [{ name: 'alice', password: 'secret' }] })
      server.deliver('alice', message)
      const { client } = loggedIn(server)
      client.write('s EXAMINE INBOX\r\n')
      client.take()
      client.write('a FETCH 1 (RFC822.SIZE BODY.PEEK[]<0.65536>)\r\n')
      const first = client.takeText()
      expect(first).toContain('RFC822.SIZE 78149 BODY[]<0> {65536}\r\n')
      client.write('b FETCH 1 BODY.PEEK[]<65536.65536>\r\n')
      const second = client.takeText()
      expect(second).toContain('BODY[]<65536> {12613}\r\n')
      const whole = literalOf(first) + literalOf(second)
      expect(whole.length).toBe(78_149)
      expect(whole).toBe(text)
    })

    it('cuts a partial fetch inside a UTF-8 character as raw octets, never U+FFFD', () => {
      const server = createMailServer({ users: [{ name: 'alice', password: 'secret' }] })
      server.deliver('alice', message)
      const { client } = loggedIn(server)
      client.write('s EXAMINE INBOX\r\na FETCH 1 BODY.PEEK[]<65535.1>\r\nb FETCH 1 BODY.PEEK[]<65536.1>\r\n')
      const reply = client.take()
      const replyText = fromLatin1(reply)
      expect(replyText).toContain('BODY[]<65535> {1}\r\n\xc3)')
      expect(replyText).toContain('BODY[]<65536> {1}\r\n\xbc)')
      // U+FFFD in UTF-8 is EF BF BD.
      expect(replyText).not.toContain('\xef\xbf\xbd')
    })
  })
})

describe('properties over octets (seed printed by fast-check on failure)', () => {
  const bytes = fc.uint8Array({ minLength: 1, maxLength: 600 })

  it(`any bytes APPENDed come back identical, whole and in any partial range (seed ${SEED})`, () => {
    fc.assert(
      fc.property(bytes, fc.array(fc.tuple(fc.nat(700), fc.nat(700)), { maxLength: 4 }), (message, ranges) => {
        const { client } = loggedIn()
        expect(append(client, 'a', 'INBOX', message)).toMatch(/^a OK \[APPENDUID \d+ 4\]/)
        client.write('s EXAMINE INBOX\r\nf UID FETCH 4 (RFC822.SIZE BODY.PEEK[])\r\n')
        const whole = client.takeText()
        expect(whole).toContain(`RFC822.SIZE ${message.length} `)
        expect(literalOf(whole)).toBe(fromLatin1(message))
        for (const [start, length] of ranges) {
          client.write(`p UID FETCH 4 BODY.PEEK[]<${start}.${length}>\r\n`)
          const part = client.takeText()
          expect(part).toContain(`BODY[]<${start}> {`)
          expect(literalOf(part)).toBe(fromLatin1(message.subarray(start, start + length)))
        }
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })

  it(`literals with bare LF, CR and NUL never desynchronise the session (seed ${SEED + 1})`, () => {
    const awkward = fc.array(fc.constantFrom(0x0a, 0x0d, 0x00, 0x7b, 0x7d, 0x2b, 0x20, 0x41, 0xff), { minLength: 1, maxLength: 80 })
    fc.assert(
      fc.property(awkward, fc.boolean(), (octets, nonSync) => {
        const { client } = loggedIn()
        const message = Uint8Array.from(octets)
        if (nonSync) client.write(concat([latin1(`a APPEND INBOX {${message.length}+}\r\n`), message, latin1('\r\nb NOOP\r\n')]))
        else {
          client.write(`a APPEND INBOX {${message.length}}\r\n`)
          expect(client.takeText()).toBe('+ OK\r\n')
          client.write(concat([message, latin1('\r\nb NOOP\r\n')]))
        }
        expect(client.takeText()).toMatch(/^a OK \[APPENDUID \d+ 4\] Append completed\.\r\nb OK NOOP completed\.\r\n$/)
        expect([...(client.connection.closed ? [] : [1])]).toEqual([1])
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    )
  })
})
