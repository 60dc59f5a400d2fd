// A POP3-only stand-in for createMailServer, built from the real MailStore and POP3 session, for
// console tests that must run before lib/protocols' IMAP half exists. IMAP connections throw.
import type { Connection, MailServer, MailServerOptions } from '@/lib/protocols/server'
import { MailStore } from '@/lib/protocols/mailstore'
import { createPop3Session } from '@/lib/protocols/pop3'

export function createPop3OnlyServer(options: MailServerOptions): MailServer {
  const store = new MailStore(options.users)
  let id = 1
  return {
    store,
    connect(protocol) {
      if (protocol !== 'pop3') throw new Error('IMAP is not available in this stand-in')
      const session = createPop3Session(store, id++)
      let dropped = false
      const connection: Connection = {
        protocol: 'pop3',
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
        send: (line) => (dropped || session.closed ? '' : session.receive(line)),
        read: () => (dropped ? '' : session.poll()),
        close: () => {
          dropped = true
          session.drop()
        },
      }
      return connection
    },
    deliver(user, message) {
      const result = store.append(user, 'INBOX', message)
      return result.ok ? result.value : undefined
    },
  }
}
