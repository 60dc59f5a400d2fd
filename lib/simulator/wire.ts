// The wire: the one side effect a client machine has. A wire opens a connection to the
// simulated server, sends one line at a time and records every exchange. Machines receive it
// through their input, so model tests can hand them a stub and replay paths on a real server.

import type { Connection, ProtocolState } from '@/lib/protocols'

export interface Wire {
  /** Connects; returns the greeting, or null when the device cannot reach the server. */
  open(step: string): string | null
  /** One client line (no CRLF) → the server's reply, '' when the connection is gone. */
  send(step: string, line: string): string
  /** The client drops the connection without QUIT or LOGOUT. */
  drop(): void
  readonly connected: boolean
  readonly protocolState: ProtocolState | null
}

export interface WireRecord {
  step: string
  client: string | null
  server: string
}

/** A wire over real connections made by `connect`, telling `record` of each exchange. */
export function createConnectionWire(connect: () => Connection | null, record: (entry: WireRecord) => void): Wire {
  let connection: Connection | null = null
  return {
    open(step) {
      connection?.close()
      connection = connect()
      if (!connection) return null
      record({ step, client: null, server: connection.greeting })
      return connection.greeting
    },
    send(step, line) {
      if (!connection || connection.closed) return ''
      const reply = connection.send(line)
      record({ step, client: line, server: reply })
      return reply
    },
    drop() {
      connection?.close()
      connection = null
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
    get connected() {
      return false
    },
    get protocolState() {
      return null
    },
  }
}
