// createMailServer: the public face of the simulated mail server (see README, "The simulated
// mail server API"). One store, any number of POP3, IMAP and SMTP connections to it.

import { MailStore, type MessageInput, type StoredMessage, type UserInput } from './mailstore'
import type { MailProtocol, Protocol, ProtocolSession, ProtocolState } from './session'
import { createPop3Session } from './pop3'
import { createImapSession } from './imap'
import { MailTransport, SmtpSession, type OutboundMessage, type SmtpConnectOptions } from './smtp'

export interface MailServerOptions {
  users: readonly UserInput[]
}

export interface Connection<P extends MailProtocol = Protocol> {
  readonly protocol: P
  /** Wire text the server sent on connect, CRLF line ends. */
  readonly greeting: string
  /** The protocol state (RFC 1939 §3 / RFC 3501 §3). */
  readonly state: ProtocolState
  readonly user: string | undefined
  /** True once the server or the client closed the connection. */
  readonly closed: boolean
  /** One client line (no CRLF) → everything the server wrote since the last call, CRLF line ends. */
  send(line: string): string
  /** What the server wrote since the last call, without sending (IDLE pushes). */
  read(): string
  /** The client drops the connection without QUIT or LOGOUT. */
  close(): void
}

export interface MailServer {
  connect(protocol: Protocol): Connection
  /** An SMTP client: `role` 'submission' (port 587, the default) or 'mta' (port 25). */
  connect(protocol: 'smtp', options?: SmtpConnectOptions): Connection<'smtp'>
  /** Mail accepted for other domains: it would leave the server from here (nothing leaves the simulation). */
  readonly outbound: readonly OutboundMessage[]
  /** New mail arrives in the user's INBOX, as an MDA (or SMTP delivery) would put it there. */
  deliver(user: string, message: MessageInput): StoredMessage | undefined
  /** The store itself, for views and tests that show what the server holds. */
  readonly store: MailStore
}

export function createMailServer(options: MailServerOptions): MailServer {
  const store = new MailStore(options.users)
  const transport = new MailTransport(store)
  let nextSessionId = 1
  function connect(protocol: Protocol): Connection
  function connect(protocol: 'smtp', options?: SmtpConnectOptions): Connection<'smtp'>
  function connect(protocol: MailProtocol, smtpOptions?: SmtpConnectOptions): Connection<MailProtocol> {
    const id = nextSessionId++
    if (protocol === 'smtp') return wrapSession(new SmtpSession(store, transport, smtpOptions))
    return wrapSession(protocol === 'pop3' ? createPop3Session(store, id) : createImapSession(store, id))
  }
  return {
    store,
    connect,
    get outbound() {
      return transport.outbound
    },
    deliver(user, message) {
      const result = store.append(user, 'INBOX', message)
      return result.ok ? result.value : undefined
    },
  }
}

function wrapSession<P extends MailProtocol>(session: ProtocolSession & { readonly protocol: P }): Connection<P> {
  let dropped = false
  // Output the server wrote but the client has not yet collected (e.g. pushed while idling).
  let pending = ''
  const take = () => {
    const out = pending + session.poll()
    pending = ''
    return out
  }
  return {
    protocol: session.protocol,
    greeting: session.greeting,
    get state() {
      return session.state
    },
    get user() {
      return session.user
    },
    get closed() {
      return dropped || session.closed
    },
    send(line) {
      if (dropped || session.closed) return ''
      pending += session.poll()
      pending += session.receive(line)
      return take()
    },
    read() {
      if (dropped) return ''
      return take()
    },
    close() {
      if (dropped) return
      dropped = true
      session.drop()
    },
  }
}
