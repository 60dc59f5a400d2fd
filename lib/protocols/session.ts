// The contract between a connection and the protocol that speaks on it. POP3 (RFC 1939), IMAP
// (RFC 3501) and SMTP (RFC 5321) sessions all implement it; createMailServer wraps one per connection.

/** The two protocols a device reads mail with: the lab's two lanes. */
export type Protocol = 'pop3' | 'imap'
/** Every protocol the server speaks: reading (POP3, IMAP) and sending (SMTP). */
export type MailProtocol = Protocol | 'smtp'

/** POP3 states (RFC 1939 §3) and IMAP states (RFC 3501 §3), spelled as the RFCs name them. */
export type Pop3State = 'AUTHORIZATION' | 'TRANSACTION' | 'UPDATE'
export type ImapState = 'not authenticated' | 'authenticated' | 'selected' | 'logout'
/**
 * SMTP has no named states in RFC 5321; these follow its mail transaction (§3.3): before and after
 * EHLO/HELO, a sender given (MAIL), recipients given (RCPT), reading message content (DATA).
 */
export type SmtpState = 'connected' | 'greeted' | 'sender' | 'recipients' | 'data' | 'closed'
export type ProtocolState = Pop3State | ImapState | SmtpState

export interface ProtocolSession {
  readonly protocol: MailProtocol
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
