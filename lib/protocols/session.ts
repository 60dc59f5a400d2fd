// The contract between a connection and the protocol that speaks on it. POP3 (RFC 1939) and
// IMAP (RFC 3501) sessions both implement it; createMailServer wraps one per connection.

export type Protocol = 'pop3' | 'imap'

/** POP3 states (RFC 1939 §3) and IMAP states (RFC 3501 §3), spelled as the RFCs name them. */
export type Pop3State = 'AUTHORIZATION' | 'TRANSACTION' | 'UPDATE'
export type ImapState = 'not authenticated' | 'authenticated' | 'selected' | 'logout'
export type ProtocolState = Pop3State | ImapState

export interface ProtocolSession {
  readonly protocol: Protocol
  /** What the server sent on connect, CRLF line ends (7-bit). */
  readonly greeting: string
  /** The protocol state right now, for the views (state diagrams, console help). */
  readonly state: ProtocolState
  /** True once the server has closed the connection (QUIT, LOGOUT, BYE, too many errors). */
  readonly closed: boolean
  /** The authenticated user, once there is one. */
  readonly user: string | undefined
  /**
   * Any chunk of what the client wrote, as an octet string (lib/protocols/octets.ts): half a line,
   * several lines, part of a literal. The session frames it (lib/protocols/framing.ts) and returns
   * every octet the server wrote in reply. Never throws.
   */
  receive(chunk: string): string
  /** True while the session writes without being asked (IMAP IDLE, RFC 2177); the server then pushes poll(). */
  readonly idling: boolean
  /** What the server pushed without being asked since the last call (IDLE updates), or ''. */
  poll(): string
  /** The client dropped the TCP connection: nothing is committed (RFC 1939 §6), watchers are released. */
  drop(): void
}
