// The event stream /live reads (docs/live.md, "Event format"): a snapshot first, then a client's
// connection, its name from IMAP ID, every line with notes, state changes, store changes and the
// disconnect. Also the "Deliver a new message" endpoint.

import { request, type IncomingMessage } from 'node:http'
import type { LiveEvent } from '@/lib/live/events'
import type { LiveServer } from '@/scripts/live/server'
import { LineClient, startOnFreePorts } from './helpers'

/** Reads Server-Sent Events from the live server into an array. */
function subscribe(port: number): Promise<{ events: LiveEvent[]; response: IncomingMessage; close: () => void }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/live/events' }, (response) => {
      const events: LiveEvent[] = []
      let buffer = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        buffer += chunk
        let at
        while ((at = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, at)
          buffer = buffer.slice(at + 2)
          const data = block.split('\n').find((line) => line.startsWith('data: '))
          if (data) events.push(JSON.parse(data.slice(6)) as LiveEvent)
        }
      })
      resolve({ events, response, close: () => req.destroy() })
    })
    req.on('error', reject)
    req.end()
  })
}

function post(port: number, path: string, body: string, contentType = 'application/json'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'Content-Type': contentType } }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('live event stream', () => {
  let live: LiveServer

  beforeEach(async () => {
    live = await startOnFreePorts()
  })

  afterEach(async () => {
    await live.close()
  })

  it('pushes a snapshot, then a client\'s connection, name, lines with notes, state, store change and disconnect', async () => {
    const stream = await subscribe(live.ports.http)
    expect(stream.response.headers['content-type']).toMatch(/^text\/event-stream/)
    await vi.waitFor(() => expect(stream.events[0]?.type).toBe('snapshot'))
    const snapshot = stream.events[0] as Extract<LiveEvent, { type: 'snapshot' }>
    expect(snapshot.info.ports).toEqual(live.ports)
    expect(snapshot.info.users).toEqual([{ name: 'alice', password: 'secret' }, { name: 'bob', password: 'secret' }])
    expect(snapshot.store.users[0].mailboxes[0]).toMatchObject({ name: 'INBOX', total: 3 })

    const client = await LineClient.open(live.ports.imap)
    await client.waitFor((line) => line.startsWith('* OK'))
    client.send('a1 ID ("name" "Test Client" "version" "1.0")')
    client.send('a2 LOGIN alice secret')
    client.send('a3 SELECT INBOX')
    client.send('a4 STORE 1 +FLAGS (\\Seen)')
    await client.waitFor((line) => line.startsWith('a4 OK'))
    client.send('a5 LOGOUT')
    await client.waitClosed()

    await vi.waitFor(() => expect(stream.events.some((event) => event.type === 'disconnect')).toBe(true))
    const connect = stream.events.find((event) => event.type === 'connect')
    expect(connect).toMatchObject({ connection: { protocol: 'imap', peer: expect.stringMatching(/^127\.0\.0\.1:\d+$/) } })
    const id = connect?.type === 'connect' ? connect.connection.id : -1
    expect(stream.events).toContainEqual({ type: 'name', id, name: 'Test Client 1.0' })
    const lines = stream.events.flatMap((event) => (event.type === 'line' && event.id === id ? [event.line] : []))
    expect(lines.filter((line) => line.direction === 'client').map((line) => line.text)).toEqual([
      'a1 ID ("name" "Test Client" "version" "1.0")',
      'a2 LOGIN alice secret',
      'a3 SELECT INBOX',
      'a4 STORE 1 +FLAGS (\\Seen)',
      'a5 LOGOUT',
    ])
    expect(lines[0]).toMatchObject({ direction: 'server', text: expect.stringMatching(/^\* OK/) })
    expect(lines.find((line) => line.text === 'a2 LOGIN alice secret')?.note).toMatch(/RFC 3501/)
    expect(lines.map((line) => line.seq)).toEqual([...lines.map((line) => line.seq)].sort((a, b) => a - b))
    const states = stream.events.flatMap((event) => (event.type === 'state' && event.id === id ? [event.state] : []))
    expect(states).toEqual(expect.arrayContaining(['authenticated', 'selected', 'logout']))
    await vi.waitFor(() => {
      const store = stream.events.filter((event) => event.type === 'store').at(-1)
      expect(store?.type === 'store' && store.store.users[0].mailboxes[0].messages[0].flags).toContain('\\Seen')
    })
    expect(stream.events.find((event) => event.type === 'disconnect')).toEqual({ type: 'disconnect', id, reason: 'server' })
    stream.close()
  })

  it('gives SMTP lines notes too: the AUTH line, each line of the message after DATA, and the replies', async () => {
    const stream = await subscribe(live.ports.http)
    const client = await LineClient.open(live.ports.smtp)
    await client.waitFor((line) => line.startsWith('220'))
    client.send('EHLO laptop.example')
    await client.waitFor((line) => line.startsWith('250 '))
    client.send('AUTH LOGIN')
    await client.waitFor((line) => line.startsWith('334'))
    client.send('YWxpY2U=')
    await client.waitFor((line) => line === '334 UGFzc3dvcmQ6')
    client.send('c2VjcmV0')
    await client.waitFor((line) => line.startsWith('235'))
    client.send('MAIL FROM:<alice@example.org>')
    client.send('RCPT TO:<bob@example.org>')
    await client.waitFor((line) => line.startsWith('250 2.1.5'))
    client.send('DATA')
    await client.waitFor((line) => line.startsWith('354'))
    client.send('Subject: live')
    client.send('')
    client.send('Hello Bob.')
    client.send('.')
    await client.waitFor((line) => /queued as/.test(line))
    client.send('QUIT')
    await client.waitClosed()

    await vi.waitFor(() => expect(stream.events.some((event) => event.type === 'disconnect')).toBe(true))
    const lines = stream.events.flatMap((event) => (event.type === 'line' ? [event.line] : []))
    const note = (text: string, direction = 'client') => lines.find((line) => line.text === text && line.direction === direction)?.note
    expect(note('YWxpY2U=')).toMatch(/user name in base64: "alice"/)
    expect(note('c2VjcmV0')).toMatch(/password in base64: "secret"/)
    expect(note('Subject: live')).toMatch(/header line of the message/)
    expect(note('Hello Bob.')).toMatch(/line of the message text/)
    expect(note('.')).toMatch(/ends the message/)
    expect(note('250-PIPELINING', 'server')).toMatch(/RFC 2920/)
    expect(lines.find((line) => /queued as/.test(line.text))?.note).toMatch(/responsibility/)
    stream.close()
  })

  it('"Deliver a new message" adds mail to a user\'s INBOX and pushes the store; bad requests get clear errors', async () => {
    const stream = await subscribe(live.ports.http)
    const delivered = await post(live.ports.http, '/api/live/deliver', '{}')
    expect(delivered).toEqual({ status: 201, body: JSON.stringify({ user: 'alice', uid: 4 }) })
    expect(live.mail.store.inbox('alice')!.messages).toHaveLength(4)
    await vi.waitFor(() => expect(stream.events.some((event) => event.type === 'store' && event.store.users[0].mailboxes[0].total === 4)).toBe(true))
    expect((await post(live.ports.http, '/api/live/deliver', '{"user":"bob"}')).status).toBe(201)
    expect((await post(live.ports.http, '/api/live/deliver', '{"user":"mallory"}')).status).toBe(404)
    expect((await post(live.ports.http, '/api/live/deliver', 'user=alice', 'application/x-www-form-urlencoded')).status).toBe(415)
    expect((await post(live.ports.http, '/api/live/deliver', '{not json')).status).toBe(400)
    stream.close()
  })
})
