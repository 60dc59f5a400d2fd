// The live mode's mail ports: like scripts/tcp/bridge.ts (bytes in through receive(), bytes out
// through onOutput), plus what a server open to real clients needs: a shared connection cap, an
// idle timeout, a bound on replies a client does not read, and a report of everything to the hub.
// Line and literal limits are the protocol server's own (docs/protocols-octets.md, "Limits").

import { createServer, type Server, type Socket } from 'node:net'
import type { Connection, MailServer } from '@/lib/protocols'
import type { DisconnectReason, LiveProtocol } from '@/lib/live/events'
import type { LiveHub } from './hub'

export interface ConnectionBudget {
  open: number
  readonly max: number
}

export interface MailListenerOptions {
  protocol: LiveProtocol
  host: string
  port: number
  mail: MailServer
  hub: LiveHub
  budget: ConnectionBudget
  idleTimeoutMs: number
  /** Replies queued for a client that does not read them; past this the client is cut off. */
  maxUnreadOutput?: number
}

export interface MailListener {
  readonly protocol: LiveProtocol
  readonly port: number
  close(): Promise<void>
}

/** What each protocol says when the lab is full (our wording; the codes are the RFCs'). */
const REFUSAL: Record<LiveProtocol, string> = {
  // RFC 2449 §8.1.2 / RFC 3206 §4: SYS/TEMP, a temporary problem on the server's side.
  pop3: '-ERR [SYS/TEMP] Too many connections to the lab, try again later.\r\n',
  // RFC 3501 §7.1.5: BYE as the greeting refuses the connection.
  imap: '* BYE Too many connections to the lab, try again later.\r\n',
  // RFC 5321 §3.1: 421 in place of the greeting; Postfix's words.
  smtp: '421 4.7.0 mail.example.org Error: too many connections\r\n',
}

/** What Dovecot and Postfix write before they hang up on a silent client. */
const IDLE_CLOSE: Record<LiveProtocol, string> = {
  pop3: '-ERR Disconnected for inactivity.\r\n',
  imap: '* BYE Disconnected for inactivity.\r\n',
  smtp: '421 4.4.2 mail.example.org Error: timeout exceeded\r\n',
}

const DEFAULT_MAX_UNREAD = 4 * 1024 * 1024

export async function listenForMail(options: MailListenerOptions): Promise<MailListener> {
  const { protocol, mail, hub, budget } = options
  const maxUnread = options.maxUnreadOutput ?? DEFAULT_MAX_UNREAD
  const sockets = new Set<Socket>()
  let shuttingDown = false

  const server: Server = createServer((socket) => {
    const peer = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? 0}`
    if (budget.open >= budget.max) {
      hub.refused(protocol, peer)
      socket.on('error', () => socket.destroy())
      socket.end(REFUSAL[protocol])
      return
    }
    budget.open++
    sockets.add(socket)
    socket.setNoDelay(true)
    const id = hub.open(protocol, peer)
    let reason: DisconnectReason = 'client'
    const cutOff = (why: DisconnectReason) => {
      reason = why
      socket.destroy()
    }
    const onOutput = (bytes: Uint8Array) => {
      hub.serverBytes(id, bytes)
      if (socket.destroyed) return
      if (socket.writableLength > maxUnread) cutOff('flood')
      else socket.write(bytes)
    }
    let connection: Connection<LiveProtocol>
    try {
      connection = protocol === 'smtp' ? mail.connect('smtp', { role: 'submission', onOutput }) : mail.connect(protocol, { onOutput })
    } catch (error) {
      console.error(`live: could not open a ${protocol} session:`, error)
      sockets.delete(socket)
      budget.open--
      hub.close(id, 'error')
      socket.destroy()
      return
    }
    hub.sessionChanged(id, connection.state, connection.user)

    socket.setTimeout(options.idleTimeoutMs, () => {
      reason = 'idle'
      hub.serverBytes(id, Buffer.from(IDLE_CLOSE[protocol], 'latin1'))
      socket.end(IDLE_CLOSE[protocol])
      // A client that does not close its side is dropped shortly after.
      setTimeout(() => socket.destroy(), 2000).unref()
    })
    socket.on('data', (chunk: Buffer) => {
      // One line at a time (the server's framing gives the same replies however bytes are cut,
      // docs/protocols-octets.md), so the page sees each command beside its reply and each state.
      let start = 0
      while (start < chunk.length && !socket.destroyed) {
        const lf = chunk.indexOf(0x0a, start)
        const end = lf === -1 ? chunk.length : lf + 1
        const piece = chunk.subarray(start, end)
        start = end
        hub.clientBytes(id, piece)
        try {
          connection.receive(piece)
        } catch (error) {
          // A server bug must cost one connection, never the process.
          console.error(`live: ${protocol} connection ${id} failed:`, error)
          cutOff('error')
          return
        }
        hub.sessionChanged(id, connection.state, connection.user)
        if (connection.closed) break
      }
      hub.storeMayHaveChanged()
      if (connection.closed && !socket.destroyed) {
        reason = 'server'
        socket.end()
      }
    })
    socket.on('error', () => socket.destroy())
    socket.on('close', () => {
      sockets.delete(socket)
      budget.open--
      // A client that drops the connection without QUIT or LOGOUT commits nothing (RFC 1939 §6).
      connection.close()
      hub.close(id, shuttingDown ? 'shutdown' : reason)
    })
  })
  server.maxConnections = budget.max * 4
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  return {
    protocol,
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise<void>((resolve) => {
        shuttingDown = true
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
