// The wire: the one side effect a client machine has. A wire opens a connection to the
// simulated server, sends one line at a time and records every exchange. Machines receive it
// through their input, so model tests can hand them a stub and replay paths on a real server.

import type { Connection, MailProtocol, ProtocolState } from '@/lib/protocols'

export interface Wire {
  /** Connects; returns the greeting, or null when the device cannot reach the server. */
  open(step: string): string | null
  /** One client line (no CRLF) → the server's reply, '' when the connection is gone. */
  send(step: string, line: string): string
  /** The client drops the connection without QUIT or LOGOUT. */
  drop(): void
  /** True when the server has written something unasked (IMAP IDLE updates, RFC 2177) not yet taken. */
  hasPushed(): boolean
  /** What the server wrote unasked, recorded as an exchange without a client line; '' when nothing. */
  takePushed(step: string): string
  readonly connected: boolean
  readonly protocolState: ProtocolState | null
}

export interface WireRecord {
  step: string
  client: string | null
  server: string
}

/** A change of protocol state seen on a wire; null is "no connection" (before connect, after close). */
export interface ProtocolMove {
  from: ProtocolState | null
  to: ProtocolState | null
}

/**
 * A wire over real connections made by `connect`, telling `record` of each exchange and `onMove`
 * of each protocol state change. A reply that ends the session passes through its last state
 * (UPDATE, logout) to no connection, as the state tables say (RFC 1939 §6, RFC 3501 §3).
 */
export function createConnectionWire(connect: () => Connection<MailProtocol> | null, record: (entry: WireRecord) => void, onMove?: (move: ProtocolMove) => void): Wire {
  let connection: Connection<MailProtocol> | null = null
  let shown: ProtocolState | null = null
  /** Output the server wrote between commands, read but not yet taken by the client. */
  let pushed = ''
  const pull = () => {
    if (connection && !connection.closed) pushed += connection.read()
  }
  const moveTo = (next: ProtocolState | null) => {
    if (next === shown) return
    onMove?.({ from: shown, to: next })
    shown = next
  }
  const settle = () => {
    if (connection) moveTo(connection.state)
    if (!connection || connection.closed) moveTo(null)
  }
  return {
    open(step) {
      connection?.close()
      pushed = ''
      settle()
      connection = connect()
      if (!connection) return null
      settle()
      record({ step, client: null, server: connection.greeting })
      return connection.greeting
    },
    send(step, line) {
      if (!connection || connection.closed) return ''
      const reply = connection.send(line)
      settle()
      record({ step, client: line, server: reply })
      return reply
    },
    drop() {
      connection?.close()
      settle()
      connection = null
      pushed = ''
    },
    hasPushed() {
      pull()
      return pushed !== ''
    },
    takePushed(step) {
      pull()
      const server = pushed
      pushed = ''
      if (server !== '') record({ step, client: null, server })
      settle()
      return server
    },
    get connected() {
      return connection !== null && !connection.closed
    },
    get protocolState() {
      return connection && !connection.closed ? connection.state : null
    },
  }
}

/**
 * A stateless wire that answers every line with a fixed reply and records nothing: for
 * traversing a machine's graph (xstate/graph), where branches share it and only the shape of
 * the paths matters.
 */
export function createStubWire(reply: (line: string) => string, greeting: string): Wire {
  return {
    open() {
      return greeting
    },
    send(_step, line) {
      return reply(line)
    },
    drop() {},
    hasPushed() {
      return false
    },
    takePushed() {
      return ''
    },
    get connected() {
      return false
    },
    get protocolState() {
      return null
    },
  }
}
