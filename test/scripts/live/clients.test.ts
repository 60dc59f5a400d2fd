// `npm run live` with real, unmodified clients (issue 13): Python's smtplib, imaplib and poplib,
// curl and imapflow send a message by SMTP, see it over IMAP (IDLE), download it over POP3 and
// delete it; each test checks what the client got and what the server holds afterwards.

import { execFile } from 'node:child_process'
import { writeFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { ImapFlow } from 'imapflow'
import type { LiveServer } from '@/scripts/live/server'
import { startOnFreePorts } from './helpers'

const run = promisify(execFile)
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))

async function curl(args: string[]): Promise<string> {
  try {
    const { stdout } = await run('curl', ['--silent', '--show-error', '--max-time', '20', ...args], { timeout: 30_000 })
    return stdout
  } catch (error) {
    const failure = error as { stderr?: string; message: string }
    throw new Error(`curl ${args.join(' ')} failed: ${failure.stderr || failure.message}`)
  }
}

const subjects = (live: LiveServer, user = 'alice') => live.mail.store.inbox(user)!.messages.map((message) => /^Subject: (.*)$/m.exec(message.text)?.[1])

describe('npm run live with real clients', () => {
  let live: LiveServer

  beforeEach(async () => {
    live = await startOnFreePorts()
  })

  afterEach(async () => {
    await live.close()
  })

  it('Python smtplib sends, imaplib hears it in IDLE and fetches it, poplib downloads and deletes it', async () => {
    const { stdout } = await run('python3', [here('python_clients.py'), String(live.ports.smtp), String(live.ports.imap), String(live.ports.pop3)], {
      timeout: 30_000,
    }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`python_clients.py failed: ${error.stderr || error.message}`)
    })
    const report = JSON.parse(stdout) as Record<string, unknown>
    expect(report.select).toEqual(['3'])
    expect(report.idle_continuation).toMatch(/^\+ /)
    expect(report.smtp_auth_offered).toBe(true)
    expect(report.smtp_refused).toEqual({})
    expect(report.idle_update).toBe('* 4 EXISTS')
    expect(report.idle_done).toMatch(/ OK Idle completed/)
    expect(report.search).toEqual(['4'])
    expect(report.imap_subject).toBe('Sent by smtplib')
    // smtplib dot-stuffs the line (RFC 5321 §4.5.2) and the server takes the dot off again: stored as sent.
    expect(report.imap_body_ends).toBe(true)
    expect(report.pop_stat_count).toBe(4)
    expect(report.pop_retr_subject).toBe('Sent by smtplib')
    expect(report.pop_dele).toMatch(/^\+OK/)
    expect(report.pop_quit).toMatch(/^\+OK Logging out/)
    // The server holds the three reference messages again; the sent one was downloaded and deleted.
    expect(subjects(live)).toEqual(['First test message', 'Second message', 'Third message'])
    // Every socket closed (the server sees the close a moment after the client exits).
    await vi.waitFor(() => expect(live.budget.open).toBe(0))
  }, 30_000)

  it('curl: smtp:// sends, imap:// searches and fetches, pop3:// retrieves and deletes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'live-curl-'))
    try {
      const file = path.join(dir, 'message.eml')
      await writeFile(file, 'From: bob@example.org\r\nTo: alice@example.org\r\nSubject: Sent by curl\r\n\r\nHello from curl.\r\n')
      const host = '127.0.0.1'
      await curl([`smtp://${host}:${live.ports.smtp}`, '--user', 'bob:secret', '--mail-from', 'bob@example.org', '--mail-rcpt', 'alice@example.org', '--upload-file', file])
      expect(subjects(live)).toEqual(['First test message', 'Second message', 'Third message', 'Sent by curl'])

      const search = await curl([`imap://${host}:${live.ports.imap}/INBOX?SUBJECT%20curl`, '--user', 'alice:secret'])
      expect(search.trim()).toBe('* SEARCH 4')
      const fetched = await curl([`imap://${host}:${live.ports.imap}/INBOX;UID=4`, '--user', 'alice:secret'])
      expect(fetched).toContain('Subject: Sent by curl')
      expect(fetched).toContain('Hello from curl.')

      const retrieved = await curl([`pop3://${host}:${live.ports.pop3}/4`, '--user', 'alice:secret'])
      expect(retrieved).toContain('Subject: Sent by curl')
      await curl([`pop3://${host}:${live.ports.pop3}/4`, '--user', 'alice:secret', '--request', 'DELE', '--list-only'])
      expect(subjects(live)).toEqual(['First test message', 'Second message', 'Third message'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 30_000)

  it('imapflow: IDLE hears a message sent over SMTP, fetches it, deletes it', async () => {
    const client = new ImapFlow({ host: '127.0.0.1', port: live.ports.imap, secure: false, auth: { user: 'alice', pass: 'secret' }, logger: false })
    await client.connect()
    try {
      await client.mailboxOpen('INBOX')
      const exists = new Promise<number>((resolve) => client.on('exists', (update: { count: number }) => resolve(update.count)))
      const idle = client.idle()
      await new Promise((resolve) => setTimeout(resolve, 200))
      const dir = await mkdtemp(path.join(tmpdir(), 'live-imapflow-'))
      const file = path.join(dir, 'message.eml')
      await writeFile(file, 'From: bob@example.org\r\nTo: alice@example.org\r\nSubject: For imapflow\r\n\r\nWatch this arrive.\r\n')
      await curl([`smtp://127.0.0.1:${live.ports.smtp}`, '--user', 'bob:secret', '--mail-from', 'bob@example.org', '--mail-rcpt', 'alice@example.org', '--upload-file', file])
      await rm(dir, { recursive: true, force: true })
      expect(await exists).toBe(4)
      await client.noop()
      await idle
      const message = await client.fetchOne('4', { envelope: true, source: true })
      expect(message && message.envelope?.subject).toBe('For imapflow')
      expect(message && message.source?.toString()).toContain('Watch this arrive.')
      expect(await client.messageDelete('4')).toBe(true)
      await client.logout()
    } finally {
      client.close()
    }
    expect(subjects(live)).toEqual(['First test message', 'Second message', 'Third message'])
  }, 30_000)
})
