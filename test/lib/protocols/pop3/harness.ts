// How the POP3 tests reach the server. The public API is createMailServer (lib/protocols/server.ts);
// until lib/protocols/imap exists that module cannot load, so this stand-in wraps POP3 sessions
// the same way (same Connection contract). Switch to createMailServer once imap lands.

import { MailStore, type MessageInput, type StoredMessage, type UserInput } from '@/lib/protocols/mailstore'
import { createPop3Session } from '@/lib/protocols/pop3'

export interface TestConnection {
  readonly greeting: string
  readonly closed: boolean
  readonly state: string
  send(line: string): string
  read(): string
  close(): void
}

export interface TestServer {
  readonly store: MailStore
  connect(protocol: 'pop3'): TestConnection
  deliver(user: string, message: MessageInput): StoredMessage | undefined
}

export function startServer(users: readonly UserInput[]): TestServer {
  const store = new MailStore(users)
  let nextId = 1
  return {
    store,
    connect() {
      const session = createPop3Session(store, nextId++)
      let dropped = false
      return {
        greeting: session.greeting,
        get closed() {
          return dropped || session.closed
        },
        get state() {
          return session.state
        },
        send(line) {
          return dropped || session.closed ? '' : session.poll() + session.receive(line)
        },
        read() {
          return dropped ? '' : session.poll()
        },
        close() {
          if (dropped) return
          dropped = true
          session.drop()
        },
      }
    },
    deliver(user, message) {
      const result = store.append(user, 'INBOX', message)
      return result.ok ? result.value : undefined
    },
  }
}
