// The contract between a connection and the protocol that speaks on it. POP3 (RFC 1939) and
// IMAP (RFC 3501) sessions both implement it; createMailServer wraps one per connection.

export type Protocol = 'pop3' | 'imap'

/** POP3 states (RFC 1939 §3) and IMAP states (RFC 3501 §3), spelled as the RFCs name them. */
export type Pop3State = 'AUTHORIZATION' | 'TRANSACTION' | 'UPDATE'
export type ImapState = 'not authenticated' | 'authenticated' | 'selected' | 'logout'
export type ProtocolState = Pop3State | ImapState

export interface ProtocolSession {
  readonly protocol: Protocol
  /** What the server sent on connect, CRLF line ends. */
  readonly greeting: string
  /** The protocol state right now, for the views (state diagrams, console help). */
  readonly state: ProtocolState
  /** True once the server has closed the connection (QUIT, LOGOUT, BYE, too many errors). */
  readonly closed: boolean
  /** The authenticated user, once there is one. */
  readonly user: string | undefined
  /** One client line without its CRLF. Returns every byte the server wrote in reply. Never throws. */
  receive(line: string): string
  /** What the server pushed without being asked since the last call (IDLE updates), or ''. */
  poll(): string
  /** The client dropped the TCP connection: nothing is committed (RFC 1939 §6), watchers are released. */
  drop(): void
}
