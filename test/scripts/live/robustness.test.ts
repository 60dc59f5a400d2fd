// The live server stays up and fair under abuse (issue 13, "Safe and sturdy"): a connection cap,
// an idle timeout, and 200 connections sending random lines while one well-behaved client keeps
// getting every reply.

import { LineClient, startOnFreePorts } from './helpers'
import type { LiveServer } from '@/scripts/live/server'

/** mulberry32: a small seeded generator, so a failing run can be repeated. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SEED = 1313
/** Issue 13's bounds: 200 concurrent abusive connections for 10 s; heap growth under 200 MB. */
const ABUSERS = 200
const ABUSE_MS = 10_000
const HEAP_BOUND_BYTES = 200e6
const WORDS = ['LOGIN', 'USER', 'PASS', 'FETCH', 'RETR', 'EHLO', 'MAIL FROM:<x@y>', 'DATA', '{99999}', 'a1', '*', 'NOOP', 'SELECT', 'IDLE', '\x00\xff']

function randomLine(next: () => number): string {
  const length = Math.floor(next() * 6)
  const parts: string[] = []
  for (let i = 0; i < length; i++) {
    parts.push(next() < 0.6 ? WORDS[Math.floor(next() * WORDS.length)] : String.fromCharCode(...Array.from({ length: 1 + Math.floor(next() * 30) }, () => Math.floor(next() * 256))))
  }
  return parts.join(' ')
}

describe('live server robustness', () => {
  let live: LiveServer | undefined

  afterEach(async () => {
    await live?.close()
    live = undefined
  })

  it('refuses connections over the cap with each protocol\'s own refusal, and serves again when one closes', async () => {
    live = await startOnFreePorts({ maxConnections: 2 })
    const first = await LineClient.open(live.ports.imap)
    const second = await LineClient.open(live.ports.pop3)
    await first.waitFor((line) => line.startsWith('* OK'))
    await second.waitFor((line) => line.startsWith('+OK'))
    const refused = await Promise.all([live.ports.imap, live.ports.pop3, live.ports.smtp].map((port) => LineClient.open(port)))
    expect(await refused[0].waitFor(() => true)).toBe('* BYE Too many connections to the lab, try again later.')
    expect(await refused[1].waitFor(() => true)).toBe('-ERR [SYS/TEMP] Too many connections to the lab, try again later.')
    expect(await refused[2].waitFor(() => true)).toBe('421 4.7.0 mail.example.org Error: too many connections')
    for (const client of refused) await client.waitClosed()
    first.end()
    await vi.waitFor(() => expect(live!.budget.open).toBe(1))
    const third = await LineClient.open(live.ports.smtp)
    expect(await third.waitFor(() => true)).toMatch(/^220 mail.example.org ESMTP/)
    third.end()
    second.end()
  })

  it('closes an idle connection with the protocol\'s inactivity reply', async () => {
    live = await startOnFreePorts({ idleTimeoutSeconds: 1 })
    const clients = await Promise.all([live.ports.imap, live.ports.pop3, live.ports.smtp].map((port) => LineClient.open(port)))
    const replies = await Promise.all(clients.map((client) => client.waitFor((line) => /inactivity|timeout/.test(line), 0, 4000)))
    expect(replies).toEqual(['* BYE Disconnected for inactivity.', '-ERR Disconnected for inactivity.', '421 4.4.2 mail.example.org Error: timeout exceeded'])
    for (const client of clients) await client.waitClosed()
    await vi.waitFor(() => expect(live!.hub.openConnections).toBe(0))
  })

  it('cuts off a client that sends commands but never reads the replies', async () => {
    live = await startOnFreePorts({}, { maxUnreadOutput: 64 * 1024 })
    const reasons: string[] = []
    live.hub.subscribe((event) => {
      if (event.type === 'disconnect') reasons.push(event.reason)
    })
    const client = await LineClient.open(live.ports.imap)
    await client.waitFor((line) => line.startsWith('* OK'))
    client.socket.pause()
    const fetches = Array.from({ length: 30_000 }, (_, index) => `f${index} FETCH 1:3 BODY.PEEK[]\r\n`).join('')
    client.socket.write(`l LOGIN alice secret\r\ns SELECT INBOX\r\n${fetches}`)
    await vi.waitFor(() => expect(reasons).toEqual(['flood']), { timeout: 10_000 })
    expect(live.budget.open).toBe(0)
    client.end()
  }, 30_000)

  it(`${ABUSERS} connections sending random lines for ${ABUSE_MS / 1000} s (seed ${SEED}): the server stays up, heap growth stays under ${HEAP_BOUND_BYTES / 1e6} MB, a good client gets every reply`, async () => {
    live = await startOnFreePorts({ maxConnections: 250 })
    const ports = [live.ports.imap, live.ports.pop3, live.ports.smtp]
    const heapBefore = process.memoryUsage().heapUsed

    const good = await LineClient.open(live.ports.imap)
    await good.waitFor((line) => line.startsWith('* OK'))
    good.send('g0 LOGIN alice secret')
    await good.waitFor((line) => line.startsWith('g0 OK'))

    const next = random(SEED)
    const until = Date.now() + ABUSE_MS
    let sentLines = 0
    let closedByServer = 0
    const abuser = async (index: number) => {
      while (Date.now() < until) {
        const client = await LineClient.open(ports[index % 3])
        while (!client.closed && Date.now() < until) {
          client.socket.write(Buffer.from(`${randomLine(next)}\r\n`, 'latin1'))
          sentLines++
          await new Promise((resolve) => setTimeout(resolve, 5 + Math.floor(next() * 20)))
        }
        if (client.closed) closedByServer++
        client.end()
      }
    }
    const abusers = Promise.all(Array.from({ length: ABUSERS }, (_, index) => abuser(index)))

    let asked = 0
    while (Date.now() < until) {
      const tag = `n${++asked}`
      const from = good.lines.length
      good.send(`${tag} NOOP`)
      await good.waitFor((line) => line === `${tag} OK NOOP completed.`, from, 5000)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await abusers
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore
    console.log(`robustness: ${sentLines} random lines, ${closedByServer} abusers cut off by the server, ${asked} NOOPs answered, heap +${Math.round(heapGrowth / 1e6)} MB`)
    // A NOOP every 50 ms plus its answer: even on a loaded CI machine, well over one a second.
    expect(asked).toBeGreaterThan(ABUSE_MS / 1000)
    expect(closedByServer).toBeGreaterThan(0)
    expect(heapGrowth).toBeLessThan(HEAP_BOUND_BYTES)
    // The well-behaved client is still connected and served.
    good.send('z LOGOUT')
    await good.waitFor((line) => line.startsWith('z OK'))
    await vi.waitFor(() => expect(live!.budget.open).toBe(0), { timeout: 5000 })
  }, ABUSE_MS + 30_000)
})
