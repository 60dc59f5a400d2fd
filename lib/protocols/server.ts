// createMailServer: the public face of the simulated mail server (see README, "The simulated
// mail server API"). One store, any number of POP3, IMAP and SMTP connections to it.

import { MailStore, type MessageInput, type StoredMessage, type UserInput } from './mailstore'
import type { MailProtocol, Protocol, ProtocolSession, ProtocolState } from './session'
import { createPop3Session } from './pop3'
import { createImapSession } from './imap'
import { bytesToOctets, octetsAsUtf8, octetsToBytes, utf8Octets } from './octets'
import { MailTransport, SmtpSession, type OutboundMessage, type SmtpConnectOptions } from './smtp'

export interface MailServerOptions {
  users: readonly UserInput[]
}

/** Receives every octet the server writes on a connection, in order, as it is written. */
export type OutputListener = (bytes: Uint8Array) => void

export interface ConnectOptions {
  /** Attached before the greeting is written, so it receives the greeting too (what a TCP bridge wants). */
  onOutput?: OutputListener
}

export interface Connection<P extends MailProtocol = Protocol> {
  readonly protocol: P
  /** Wire text the server sent on connect, CRLF line ends (7-bit, so text and octets agree). */
  readonly greeting: string
  /** The protocol state (RFC 1939 §3 / RFC 3501 §3). */
  readonly state: ProtocolState
  readonly user: string | undefined
  /** True once the server or the client closed the connection. */
  readonly closed: boolean
  /**
   * The byte API: any chunk of what the client wrote (half a line, pipelined commands, part of a
   * literal). The server frames lines and literals itself; what it writes goes to onOutput listeners.
   */
  receive(bytes: Uint8Array): void
  /** Pushes every octet the server writes from now on (replies, IDLE updates, BYE). Returns an unsubscribe function. */
  onOutput(listener: OutputListener): () => void
  /**
   * The line API, a thin wrapper over receive: one client line (no CRLF), encoded as UTF-8, plus
   * CRLF → everything the server wrote since the last send or read, decoded as UTF-8 for display.
   */
  send(line: string): string
  /** What the server wrote since the last send or read, without sending (IDLE pushes), decoded as UTF-8. */
  read(): string
  /** The client drops the connection without QUIT or LOGOUT. */
  close(): void
}

export interface MailServer {
  connect(protocol: Protocol, options?: ConnectOptions): Connection
  /** An SMTP client: `role` 'submission' (port 587, the default) or 'mta' (port 25). */
  connect(protocol: 'smtp', options?: SmtpConnectOptions & ConnectOptions): Connection<'smtp'>
  /** Mail accepted for other domains: it would leave the server from here (nothing leaves the simulation). */
  readonly outbound: readonly OutboundMessage[]
  /** New mail arrives in the user's INBOX, as an MDA (or SMTP delivery) would put it there. Bytes are kept exactly. */
  deliver(user: string, message: MessageInput): StoredMessage | undefined
  /** The store itself, for views and tests that show what the server holds. */
  readonly store: MailStore
}

export function createMailServer(options: MailServerOptions): MailServer {
  const store = new MailStore(options.users)
  const transport = new MailTransport(store)
  let nextSessionId = 1
  /**
   * Connections whose session writes unasked (IMAP IDLE, RFC 2177). After anything that may change
   * a mailbox, those with an output listener write their updates at once. Without a listener the
   * updates wait for read(), gathered into one sync, as Dovecot gathers changes that come in quick
   * succession during IDLE (imap-expunge.json step 15).
   */
  const idling = new Set<LiveConnection>()
  const pushUpdates = (except?: LiveConnection) => {
    for (const connection of idling) if (connection !== except && connection.listening) connection.flushPushed()
  }
  function connect(protocol: Protocol, options?: ConnectOptions): Connection
  function connect(protocol: 'smtp', options?: SmtpConnectOptions & ConnectOptions): Connection<'smtp'>
  function connect(protocol: MailProtocol, connectOptions: SmtpConnectOptions & ConnectOptions = {}): Connection<MailProtocol> {
    const id = nextSessionId++
    const session: ProtocolSession =
      protocol === 'smtp' ? new SmtpSession(store, transport, connectOptions) : protocol === 'pop3' ? createPop3Session(store, id) : createImapSession(store, id)
    const connection = new LiveConnection(session, idling, pushUpdates)
    if (connectOptions.onOutput) connection.onOutput(connectOptions.onOutput)
    connection.write(session.greeting)
    // Pull-API callers read the greeting from `greeting`, never from read().
    connection.unread = ''
    return connection
  }
  return {
    store,
    connect,
    get outbound() {
      return transport.outbound
    },
    deliver(user, message) {
      const result = store.append(user, 'INBOX', message)
      pushUpdates()
      return result.ok ? result.value : undefined
    },
  }
}

/** One connection: a session, its output listeners and the output not yet read through the line API. */
class LiveConnection<P extends MailProtocol = MailProtocol> implements Connection<P> {
  /** Output written since the last send() or read(), kept only while no listener is attached. */
  unread = ''
  private dropped = false
  private readonly listeners = new Set<OutputListener>()

  constructor(
    private readonly session: ProtocolSession & { readonly protocol: P },
    private readonly idling: Set<LiveConnection<MailProtocol>>,
    private readonly pushUpdates: (except?: LiveConnection) => void,
  ) {}

  get protocol(): P {
    return this.session.protocol
  }

  get greeting(): string {
    return this.session.greeting
  }

  get state(): ProtocolState {
    return this.session.state
  }

  get user(): string | undefined {
    return this.session.user
  }

  get closed(): boolean {
    return this.dropped || this.session.closed
  }

  get listening(): boolean {
    return this.listeners.size > 0
  }

  receive(bytes: Uint8Array): void {
    this.input(bytesToOctets(bytes))
  }

  onOutput(listener: OutputListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  send(line: string): string {
    if (!this.closed) this.input(utf8Octets(line) + '\r\n')
    return this.read()
  }

  read(): string {
    if (!this.dropped) this.flushPushed()
    const out = this.unread
    this.unread = ''
    return octetsAsUtf8(out)
  }

  close(): void {
    if (this.dropped) return
    this.dropped = true
    this.session.drop()
    this.idling.delete(this)
    // Releasing the session may commit flags (POP3 \Seen) that idling sessions announce.
    this.pushUpdates(this)
  }

  /** Writes what an idling session has to announce since its last write. */
  flushPushed(): void {
    if (this.closed) return
    const pushed = this.session.poll()
    if (pushed) this.write(pushed)
  }

  /** Every octet the server writes passes here exactly once. */
  write(octets: string): void {
    if (octets.length === 0) return
    if (this.listeners.size === 0) {
      this.unread += octets
      return
    }
    const bytes = octetsToBytes(octets)
    for (const listener of this.listeners) listener(bytes)
  }

  private input(octets: string): void {
    if (this.closed) return
    this.flushPushed()
    this.write(this.session.receive(octets))
    if (this.session.idling && !this.session.closed) this.idling.add(this)
    else this.idling.delete(this)
    this.pushUpdates(this)
  }
}
