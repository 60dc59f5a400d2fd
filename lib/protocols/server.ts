// createMailServer: the public face of the simulated mail server (see README, "The simulated
// mail server API"). One store, any number of POP3 and IMAP connections to it.

import { MailStore, type MessageInput, type StoredMessage, type UserInput } from './mailstore'
import type { Protocol, ProtocolSession, ProtocolState } from './session'
import { createPop3Session } from './pop3'
import { createImapSession } from './imap'

export interface MailServerOptions {
  users: readonly UserInput[]
}

export interface Connection {
  readonly protocol: Protocol
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
  /** New mail arrives in the user's INBOX, as an MDA (or SMTP delivery) would put it there. */
  deliver(user: string, message: MessageInput): StoredMessage | undefined
  /** The store itself, for views and tests that show what the server holds. */
  readonly store: MailStore
}

export function createMailServer(options: MailServerOptions): MailServer {
  const store = new MailStore(options.users)
  let nextSessionId = 1
  return {
    store,
    connect(protocol) {
      const id = nextSessionId++
      const session = protocol === 'pop3' ? createPop3Session(store, id) : createImapSession(store, id)
      return wrapSession(session)
    },
    deliver(user, message) {
      const result = store.append(user, 'INBOX', message)
      return result.ok ? result.value : undefined
    },
  }
}

function wrapSession(session: ProtocolSession): Connection {
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
