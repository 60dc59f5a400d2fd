// Serves the simulated mail server on real TCP sockets (node:net), so unmodified mail clients can
// talk to it. The bridge only moves bytes: each socket gets one Connection, every chunk the client
// writes goes to connection.receive() as it arrives, and every byte the server writes (onOutput)
// goes back on the socket. Framing, literals and limits are the server's (lib/protocols/framing.ts).
// Used by the real-client tests (test/scripts/tcp) and meant for the live mode that serves the
// lab on real ports. Node only: lib/protocols itself stays free of node:net.

import { createServer, type Server, type Socket } from 'node:net'
import type { MailServer, Protocol } from '@/lib/protocols'

export interface TcpBridgeOptions {
  /** Defaults to 127.0.0.1: the simulator has no TLS and no rate limits, so keep it local. */
  host?: string
  /** 0 (the default) lets the OS choose a free port; read it back from `port`. */
  port?: number
}

export interface TcpBridge {
  readonly protocol: Protocol
  readonly host: string
  readonly port: number
  /** Sockets open right now. */
  readonly openConnections: number
  /** Stops listening and drops every open connection (as a client dropping TCP would). */
  close(): Promise<void>
}

export async function serveOverTcp(mail: MailServer, protocol: Protocol, options: TcpBridgeOptions = {}): Promise<TcpBridge> {
  const host = options.host ?? '127.0.0.1'
  const sockets = new Set<Socket>()
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.setNoDelay(true)
    const connection = mail.connect(protocol, {
      onOutput: (bytes) => {
        if (!socket.destroyed) socket.write(bytes)
      },
    })
    const endIfClosed = () => {
      // The server closed the session (QUIT, LOGOUT, BYE): close our side once the reply is out.
      if (connection.closed && !socket.destroyed) socket.end()
    }
    socket.on('data', (chunk: Buffer) => {
      connection.receive(chunk)
      endIfClosed()
    })
    socket.on('error', () => socket.destroy())
    socket.on('close', () => {
      sockets.delete(socket)
      // A client that drops the connection without QUIT or LOGOUT commits nothing (RFC 1939 §6).
      connection.close()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    protocol,
    host,
    port,
    get openConnections() {
      return sockets.size
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
