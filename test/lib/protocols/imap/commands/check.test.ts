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

  it('mbsync 1.4 pushes local changes: its exact commands, CHECK included, now all succeed', () => {
    // Recorded from `mbsync -V` against the simulator through a TCP bridge, after a local flag
    // change, a local deletion and a new local message (the issue's `9 CHECK` used to get BAD).
    const server = startServer()
    const connection = server.connect('imap')
    const message = ['From: me@example.org', 'To: alice@example.org', 'Subject: Local draft', 'X-TUID: DilKdaOl3EtH', '', 'Written offline.', '']
    const size = message.join('\r\n').length
    const replies = [
      connection.send('1 LOGIN "alice" "secret"'),
      connection.send('4 SELECT "INBOX"'),
      connection.send('5 UID FETCH 1:3 (UID FLAGS)'),
      connection.send('6 UID STORE 1 +FLAGS.SILENT (\\Seen)'),
      connection.send('7 UID STORE 2 +FLAGS.SILENT (\\Deleted)'),
      connection.send('8 CHECK'),
      connection.send(`9 APPEND "INBOX" {${size}+}`),
      ...message.slice(0, -1).map((line) => connection.send(line)),
      connection.send(''),
      connection.send('10 CLOSE'),
    ].join('')
    expect(replies).not.toMatch(/^\S+ (BAD|NO) /m)
    expect(replies).toContain('8 OK Check completed.\r\n')
    expect(replies).toContain('9 OK [APPENDUID 1795693100 4] Append completed.\r\n')
    const inbox = server.store.inbox('alice')!
    expect(inbox.messages.map((stored) => [stored.uid, [...stored.flags]])).toEqual([
      [1, ['\\Seen']],
      [3, []],
      [4, []],
    ])
  })
})
