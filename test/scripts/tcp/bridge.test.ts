// Real, unmodified mail clients against the simulated server over TCP (issue 18): Python's
// imaplib and poplib (python3 scripts beside this file) and imapflow, through scripts/tcp/bridge.ts
// on 127.0.0.1 with ports from the OS. Every byte a client stores must come back exactly.

import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { ImapFlow } from 'imapflow'
import { createMailServer, type MailServer } from '@/lib/protocols'
import { serveOverTcp, type TcpBridge } from '@/scripts/tcp/bridge'
import { deliveredMessage, referenceUsers } from '../../lib/protocols/reference'

const run = promisify(execFile)
/** Starting python3 and imaplib takes seconds on a busy 2-core machine; correctness, not speed, is tested here. */
const PYTHON_TIMEOUT = 30_000
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))

async function python(script: string, port: number): Promise<Record<string, unknown>> {
  try {
    const { stdout } = await run('python3', [here(script), String(port)], { timeout: PYTHON_TIMEOUT })
    return JSON.parse(stdout) as Record<string, unknown>
  } catch (error) {
    const failure = error as { stderr?: string; message: string }
    throw new Error(`${script} failed: ${failure.stderr || failure.message}`)
  }
}

const latin1 = (text: string) => Buffer.from(text, 'latin1')

/** "Grüße aus München" as an RFC 2047 encoded word in ISO-8859-1: SEARCH must decode it (Dovecot does). */
const ENCODED_SUBJECT = latin1('From: Bob <bob@example.org>\r\nSubject: =?ISO-8859-1?Q?Gr=FC=DFe_aus_M=FCnchen?=\r\n\r\nHallo\r\n')

describe('real clients through the TCP bridge', () => {
  let server: MailServer
  let bridges: TcpBridge[] = []

  beforeEach(() => {
    server = createMailServer({ users: referenceUsers() })
  })

  afterEach(async () => {
    await Promise.all(bridges.map((bridge) => bridge.close()))
    bridges = []
  })

  async function bridge(protocol: 'imap' | 'pop3'): Promise<TcpBridge> {
    const started = await serveOverTcp(server, protocol)
    bridges.push(started)
    return started
  }

  it('Python imaplib: select, search (also an encoded subject), fetch, store, copy, move, expunge, check, subscribe, rename, 8-bit append, logout', async () => {
    server.deliver('alice', ENCODED_SUBJECT)
    const { port } = await bridge('imap')
    const report = await python('imaplib_client.py', port)
    expect(report.select).toEqual(['4'])
    expect(report.search_all).toEqual(['1 2 3 4'])
    expect(report.search_subject).toEqual(['2'])
    expect(report.search_encoded).toEqual(['4'])
    expect(report.check).toEqual(['Check completed.'])
    expect(report.lsub).toEqual(['() "/" Archive'])
    expect(report.list_after_rename).toContain('(\\HasNoChildren) "/" Kept')
    const size = server.store.mailbox('alice', 'Kept')!.messages[0].size
    expect(report.fetch_size_line).toBe(`1 (RFC822.SIZE ${size} BODY[] {${size}}`)
    expect(report.fetch_body_length).toBe(size)
    expect(report.copy).toEqual([expect.stringMatching(/^\[COPYUID \d+ 1 1\] Copy completed\.$/)])
    expect(report.move_untagged).toEqual(['2'])
    expect(report.appended_identical).toBe(true)
    expect(report.appended_size_line).toBe(`3 (UID 5 RFC822.SIZE ${report.appended_length} BODY[] {${report.appended_length}}`)
    expect(report.archive_count).toEqual(['1 2'])
    expect(report.logout).toBe('BYE')
    // The server holds what the client did: message 1 expunged, 2 moved, the 8-bit one appended.
    const inbox = server.store.inbox('alice')!.messages
    expect(inbox.map((message) => message.uid)).toEqual([3, 4, 5])
    expect(inbox[2].bytes[inbox[2].bytes.indexOf(0xfc)]).toBe(0xfc)
    expect(inbox[2].flags.has('\\Seen')).toBe(true)
    expect(server.store.mailbox('alice', 'Archive')).toBeUndefined()
  }, PYTHON_TIMEOUT)

  it('Python poplib: STAT, LIST, UIDL, RETR (octet counts exact, 8-bit intact), TOP, DELE, QUIT', async () => {
    server.deliver('alice', latin1('Subject: Gr\xfc\xdfe\r\n\r\n.leading dot\r\nM\xfcnchen\r\n'))
    const inbox = [...server.store.inbox('alice')!.messages]
    const { port } = await bridge('pop3')
    const report = await python('poplib_client.py', port)
    expect(report.stat).toEqual([4, inbox.reduce((sum, message) => sum + message.size, 0)])
    expect(report.retr).toEqual(inbox.map((message) => [`+OK ${message.size} octets`, message.size]))
    expect(report.retr_8bit).toBe('Subject: Gr\xfc\xdfe\r\n\r\n.leading dot\r\nM\xfcnchen')
    expect(report.dele).toBe('+OK Marked to be deleted.')
    expect(report.quit).toMatch(/^\+OK Logging out/)
    expect(server.store.inbox('alice')!.messages.map((message) => message.uid)).toEqual([2, 3, 4])
  }, PYTHON_TIMEOUT)

  describe('imapflow', () => {
    async function connect(port: number): Promise<ImapFlow> {
      const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user: 'alice', pass: 'secret' }, logger: false })
      await client.connect()
      return client
    }

    it('select, search (also an encoded subject), fetch, store, copy, move, expunge, subscribe, rename, 8-bit append, logout', async () => {
      const { port } = await bridge('imap')
      const client = await connect(port)
      try {
        const lock = await client.getMailboxLock('INBOX')
        try {
          expect(await client.search({ all: true })).toEqual([1, 2, 3])
          expect(await client.search({ subject: 'Second' })).toEqual([2])
          expect(await client.search({ subject: 'München' })).toEqual([])
          const first = await client.fetchOne('1', { source: true, size: true, flags: true })
          expect(first && first.source?.equals(Buffer.from(server.store.inbox('alice')!.messages[0].bytes))).toBe(true)
          expect(await client.messageFlagsAdd('1', ['\\Flagged'])).toBe(true)
          await client.mailboxCreate('Archive')
          expect(await client.messageCopy('1', 'Archive')).toMatchObject({ destination: 'Archive' })
          expect(await client.messageMove('2', 'Archive')).toMatchObject({ destination: 'Archive' })
          expect(await client.messageDelete('1')).toBe(true)
          expect(await client.mailboxSubscribe('Archive')).toBe(true)
          expect((await client.list()).find((box) => box.path === 'Archive')?.subscribed).toBe(true)
          const message = latin1('Subject: Gr\xfc\xdfe\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nM\xfcnchen\nbare LF, then CR\r and \x00 NUL\r\n')
          const appended = await client.append('INBOX', message, ['\\Seen'])
          expect(appended && appended.uid).toBe(4)
          const back = await client.fetchOne('4', { source: true }, { uid: true })
          expect(back && back.source?.equals(message)).toBe(true)
        } finally {
          lock.release()
        }
        expect(await client.mailboxRename('Archive', 'Kept')).toMatchObject({ newPath: 'Kept' })
        server.deliver('alice', ENCODED_SUBJECT)
        await client.mailboxOpen('INBOX')
        expect(await client.search({ subject: 'München' })).toEqual([3])
        await client.logout()
      } finally {
        client.close()
      }
      expect(server.store.inbox('alice')!.messages.map((message) => message.uid)).toEqual([3, 4, 5])
      expect(server.store.mailbox('alice', 'Kept')!.messages).toHaveLength(2)
    })

    it('IDLE hears a delivery as it happens', async () => {
      const { port } = await bridge('imap')
      const client = await connect(port)
      try {
        await client.mailboxOpen('INBOX')
        const exists = new Promise<number>((resolve) => client.on('exists', (update: { count: number }) => resolve(update.count)))
        const idle = client.idle()
        // Let the IDLE command reach the server before the mail arrives.
        await new Promise((resolve) => setTimeout(resolve, 200))
        server.deliver('alice', deliveredMessage())
        expect(await exists).toBe(4)
        await client.noop()
        await idle
        await client.logout()
      } finally {
        client.close()
      }
    })

    it('a chunked download of a 78,149-octet 8-bit message is byte for byte the stored message', async () => {
      let text = 'Subject: M\xc3\xbcnchen\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
      while (text.length < 78_149 - 40) text += 'Gr\xc3\xbc\xc3\x9fe aus M\xc3\xbcnchen \xe9\r\n'
      text += 'x'.repeat(78_149 - 2 - text.length) + '\r\n'
      const stored = server.deliver('alice', latin1(text))!
      expect(stored.size).toBe(78_149)
      const { port } = await bridge('imap')
      const client = await connect(port)
      try {
        await client.mailboxOpen('INBOX')
        const download = await client.download(String(stored.uid), undefined, { uid: true, chunkSize: 65_536 })
        if (!('content' in download) || !download.content) throw new Error('no download')
        const chunks: Buffer[] = []
        for await (const chunk of download.content) chunks.push(chunk as Buffer)
        const body = Buffer.concat(chunks)
        expect(body.length).toBe(78_149)
        expect(body.equals(Buffer.from(stored.bytes))).toBe(true)
        await client.logout()
      } finally {
        client.close()
      }
    })
  })
})
