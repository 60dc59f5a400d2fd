// SUBSCRIBE, UNSUBSCRIBE (RFC 3501 §6.3.6-6.3.7) and LSUB (§6.3.9) over real subscriptions,
// with the answers Dovecot 2.3.19 gives (checked against a local Dovecot on 127.0.0.1).

import { startServer } from '../harness'

const lines = (...items: string[]) => items.map((item) => `${item}\r\n`).join('')

function loggedIn() {
  const server = startServer()
  const connection = server.connect('imap')
  connection.send('l LOGIN alice secret')
  return { server, connection }
}

describe('SUBSCRIBE / UNSUBSCRIBE / LSUB', () => {
  it('LSUB is empty until something is subscribed (CREATE does not subscribe)', () => {
    const { connection } = loggedIn()
    connection.send('c CREATE Work')
    expect(connection.send('t LSUB "" *')).toBe(lines('t OK Lsub completed.'))
  })

  it('lists subscriptions in the order they were made, INBOX in its canonical spelling', () => {
    const { connection } = loggedIn()
    connection.send('c1 CREATE Work/Reports')
    connection.send('c2 CREATE Archive')
    expect(connection.send('s1 SUBSCRIBE Work/Reports')).toBe(lines('s1 OK Subscribe completed.'))
    expect(connection.send('s2 SUBSCRIBE inbox')).toBe(lines('s2 OK Subscribe completed.'))
    expect(connection.send('s3 SUBSCRIBE Archive')).toBe(lines('s3 OK Subscribe completed.'))
    expect(connection.send('t LSUB "" *')).toBe(
      lines('* LSUB () "/" Work/Reports', '* LSUB () "/" INBOX', '* LSUB () "/" Archive', 't OK Lsub completed.'),
    )
    expect(connection.send('t LSUB "" inbox')).toBe(lines('* LSUB () "/" INBOX', 't OK Lsub completed.'))
  })

  it('refuses to subscribe a mailbox that does not exist', () => {
    const { connection } = loggedIn()
    expect(connection.send('s SUBSCRIBE Nothere')).toBe(lines("s NO Mailbox doesn't exist: Nothere"))
  })

  it('% shows an unsubscribed parent of a subscribed name as \\Noselect (RFC 3501 §6.3.9)', () => {
    const { connection } = loggedIn()
    connection.send('c CREATE foo/bar')
    connection.send('s SUBSCRIBE foo/bar')
    expect(connection.send('t LSUB "" %')).toBe(lines('* LSUB (\\Noselect) "/" foo', 't OK Lsub completed.'))
    expect(connection.send('t LSUB foo/ %')).toBe(lines('* LSUB () "/" foo/bar', 't OK Lsub completed.'))
  })

  it('UNSUBSCRIBE removes a name and succeeds for a name never subscribed', () => {
    const { connection } = loggedIn()
    connection.send('s SUBSCRIBE INBOX')
    expect(connection.send('u1 UNSUBSCRIBE INBOX')).toBe(lines('u1 OK Unsubscribe completed.'))
    expect(connection.send('u2 UNSUBSCRIBE Nothere')).toBe(lines('u2 OK Unsubscribe completed.'))
    expect(connection.send('t LSUB "" *')).toBe(lines('t OK Lsub completed.'))
  })

  it('a subscription outlives its mailbox, as on Dovecot', () => {
    const { connection } = loggedIn()
    connection.send('c CREATE Old')
    connection.send('s SUBSCRIBE Old')
    connection.send('d DELETE Old')
    expect(connection.send('t LSUB "" *')).toBe(lines('* LSUB () "/" Old', 't OK Lsub completed.'))
  })

  it('subscriptions belong to the user and are seen by the user’s other connections', () => {
    const { server, connection } = loggedIn()
    connection.send('s SUBSCRIBE INBOX')
    const other = server.connect('imap')
    other.send('l LOGIN alice secret')
    expect(other.send('t LSUB "" *')).toBe(lines('* LSUB () "/" INBOX', 't OK Lsub completed.'))
    const bob = server.connect('imap')
    bob.send('l LOGIN bob secret')
    expect(bob.send('t LSUB "" *')).toBe(lines('t OK Lsub completed.'))
  })

  it('needs a mailbox argument', () => {
    const { connection } = loggedIn()
    expect(connection.send('s SUBSCRIBE')).toMatch(/^s BAD Error in IMAP command SUBSCRIBE: /)
    expect(connection.send('u UNSUBSCRIBE')).toMatch(/^u BAD Error in IMAP command UNSUBSCRIBE: /)
  })
})
