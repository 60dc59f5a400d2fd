// Replays every SMTP transcript recorded from Postfix 3.7 (with Dovecot's IMAP and POP3 steps in
// the same files) through the public API, and compares each reply as the reference README's
// "SMTP transcripts" section allows: codes and enhanced codes, the number and order of replies,
// the closing point, EHLO keywords as a subset, and delivered messages byte for byte.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createMailServer, type Connection, type MailProtocol, type SmtpRole } from '@/lib/protocols'
import { REFERENCE_DIR, referenceUsers } from '../reference'
import { matchValidities, newNormaliseState, normaliseReply } from '../imap/wire'
import { compareSmtp } from './compare'
import { newPlaceholderState, placeholderise, type PlaceholderState } from './placeholders'

interface SmtpTranscript {
  name: string
  connections: Record<string, MailProtocol>
  services?: Record<string, SmtpRole>
  exchanges: {
    conn: string | null
    event?: 'connect' | 'wait-delivery'
    client: string | null
    server: string
    closed?: boolean
    not_sent?: boolean
    user?: string
    messages?: number
  }[]
}

const dir = join(REFERENCE_DIR, 'transcripts-smtp')
const transcripts: SmtpTranscript[] = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ ...JSON.parse(readFileSync(join(dir, file), 'utf8')), name: file.replace(/\.json$/, '') }))

function compareImapOrPop3(recorded: string, ours: string, protocol: MailProtocol, greeting: boolean): { left: unknown; right: unknown; problems: string[] } {
  if (protocol === 'pop3') {
    // The octet count and the dot-stuffed message must match; the status text is free.
    const strip = (wire: string) => wire.replace(/^(\+OK|-ERR)(?: (\d+ octets))?[^\r\n]*/, (_, status: string, octets?: string) => `${status}${octets ? ` ${octets}` : ''}`)
    return { left: strip(recorded), right: strip(ours), problems: [] }
  }
  const state = newNormaliseState()
  const problems: string[] = []
  const expected = normaliseReply(recorded, true, state, problems, greeting)
  const actual = normaliseReply(ours, false, state, problems, greeting)
  const [left, right] = matchValidities(expected, actual, state, problems)
  return { left, right, problems }
}

function replay(transcript: SmtpTranscript): void {
  const server = createMailServer({ users: referenceUsers() })
  const connections = new Map<string, Connection<MailProtocol>>()
  const placeholders: PlaceholderState = newPlaceholderState()
  transcript.exchanges.forEach((step, index) => {
    const where = `${transcript.name} step ${index}`
    if (step.event === 'wait-delivery') {
      // Delivery here is synchronous: the message must already be there.
      expect(server.store.inbox(step.user ?? '')?.messages.length, where).toBe(step.messages)
      return
    }
    const conn = step.conn as string
    const protocol = transcript.connections[conn]
    let ours: string
    if (step.event === 'connect') {
      const connection =
        protocol === 'smtp' ? server.connect('smtp', { role: transcript.services?.[conn] ?? 'submission' }) : server.connect(protocol)
      connections.set(conn, connection)
      ours = connection.greeting
    } else {
      const connection = connections.get(conn)
      if (!connection) throw new Error(`${where}: no connection ${conn}`)
      if (step.not_sent) return
      // Lines that went out in one write (message content) are sent one at a time.
      ours = (step.client as string).split('\r\n').map((line) => connection.send(line)).join('')
      expect(connection.closed, `${where}: closed`).toBe(step.closed === true)
    }
    const client = (step.client ?? step.event ?? '').slice(0, 60)
    if (protocol === 'smtp') {
      if (step.event === 'connect') expect(ours.startsWith('220 mail.example.org'), `${where}: greeting ${ours}`).toBe(true)
      expect({ where, client, problems: compareSmtp(step.server, ours) }).toEqual({ where, client, problems: [] })
      return
    }
    const { left, right, problems } = compareImapOrPop3(step.server, placeholderise(ours, placeholders), protocol, step.event === 'connect')
    expect({ where, client, reply: right, problems }).toEqual({ where, client, reply: left, problems: [] })
  })
}

describe('SMTP conformance with the Postfix reference transcripts', () => {
  it('finds the four SMTP transcripts', () => {
    expect(transcripts.map((transcript) => transcript.name)).toEqual(['smtp-auth-login', 'smtp-basic', 'smtp-dot-stuffing', 'smtp-errors'])
  })

  for (const transcript of transcripts) {
    it(`${transcript.name}: every exchange matches`, () => replay(transcript))
  }
})
