// CHECK (RFC 3501 §6.4.1): allowed only with a mailbox selected, answers OK like Dovecot, and
// delivers the updates other sessions caused (mbsync and offlineimap send it before syncing).

import { selected, startServer } from '../harness'

const lines = (...items: string[]) => items.map((item) => `${item}\r\n`).join('')

describe('CHECK', () => {
  it('answers OK in the selected state', () => {
    const connection = selected(startServer())
    expect(connection.send('c1 CHECK')).toBe(lines('c1 OK Check completed.'))
  })

  it('is refused without a selected mailbox, and is no longer an unknown command', () => {
    const connection = startServer().connect('imap')
    connection.send('l LOGIN alice secret')
    expect(connection.send('c1 CHECK')).toBe(lines('c1 BAD No mailbox selected.'))
  })

  it('sends the pending updates before its OK', () => {
    const server = startServer()
    const a = selected(server)
    const b = selected(server)
    b.send('x STORE 2 +FLAGS (\\Seen)')
    expect(a.send('c1 CHECK')).toBe(lines('* 2 FETCH (FLAGS (\\Seen \\Recent))', 'c1 OK Check completed.'))
  })
})
