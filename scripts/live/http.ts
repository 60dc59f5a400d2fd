// The live mode's web side: the event stream (Server-Sent Events), a JSON snapshot, the
// "Deliver a new message" endpoint, and the static export (with /live) for everything else.

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MailServer } from '@/lib/protocols'
import { deliveredMessage } from '@/lib/simulator/delivery'
import { LIVE_DELIVER_PATH, LIVE_EVENTS_PATH, LIVE_STATE_PATH, type LiveEvent } from '@/lib/live/events'
import type { LiveHub } from './hub'

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>

/** Events queued for a page that does not read them; past this it is dropped and reconnects to a fresh snapshot. */
const MAX_UNSENT_EVENTS_BYTES = 8 * 1024 * 1024
const HEARTBEAT_MS = 15_000

export function createLiveHttpHandler(hub: LiveHub, mail: MailServer, staticHandler?: Handler): Handler {
  let deliveries = 0
  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (path === LIVE_EVENTS_PATH && req.method === 'GET') return streamEvents(hub, req, res)
    if (path === LIVE_STATE_PATH && req.method === 'GET') return json(res, 200, hub.snapshot())
    if (path === LIVE_DELIVER_PATH) {
      if (req.method !== 'POST') return json(res, 405, { error: 'Use POST.' }, { Allow: 'POST' })
      // A JSON body cannot come from a plain cross-site form, so other sites cannot trigger this.
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return json(res, 415, { error: 'Send a JSON body (Content-Type: application/json).' })
      }
      const body = await readBody(req, 4096)
      let user = hub.info.users[0]?.name
      try {
        const parsed = body ? (JSON.parse(body) as { user?: unknown }) : {}
        if (typeof parsed.user === 'string') user = parsed.user
      } catch {
        return json(res, 400, { error: 'The body is not JSON.' })
      }
      if (!user || !mail.store.hasUser(user)) return json(res, 404, { error: `No user "${user}" on this server.` })
      const stored = mail.deliver(user, deliveredMessage(user, ++deliveries, {}))
      hub.storeMayHaveChanged()
      if (!stored) return json(res, 507, { error: `${user}'s mailbox is full.` })
      return json(res, 201, { user, uid: stored.uid })
    }
    if (staticHandler) return staticHandler(req, res)
    const text = 'This live server runs without the web pages (--no-pages).\n'
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) })
    res.end(text)
  }
}

function streamEvents(hub: LiveHub, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  })
  res.socket?.setNoDelay(true)
  // The browser's EventSource reconnects by itself after a drop; one second is enough here.
  res.write('retry: 1000\n\n')
  const send = (event: LiveEvent) => {
    if (res.writableLength > MAX_UNSENT_EVENTS_BYTES) {
      stop()
      res.destroy()
      return
    }
    res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`)
  }
  const unsubscribe = hub.subscribe(send)
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS)
  const stop = () => {
    unsubscribe()
    clearInterval(heartbeat)
  }
  send(hub.snapshot())
  req.on('close', stop)
  res.on('error', stop)
}

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache', ...headers })
  res.end(body)
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => {
      body += chunk
      if (body.length > limit) {
        body = body.slice(0, limit)
        req.destroy()
      }
    })
    req.on('end', () => resolve(body))
    req.on('close', () => resolve(body))
  })
}
