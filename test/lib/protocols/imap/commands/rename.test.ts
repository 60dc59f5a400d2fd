// RENAME (RFC 3501 §6.3.5) with hierarchy, answered as Dovecot 2.3.19 with Maildir answers
// (checked against a local Dovecot on 127.0.0.1), including NO [CANNOT] for INBOX.

import { selected, startServer } from '../harness'

const lines = (...items: string[]) => items.map((item) => `${item}\r\n`).join('')

function loggedIn() {
  const server = startServer()
  const connection = server.connect('imap')
  connection.send('l LOGIN alice secret')
  return { server, connection }
}

describe('RENAME', () => {
  it('renames a mailbox and the mailboxes below it', () => {
    const { connection } = loggedIn()
    connection.send('c1 CREATE work')
    connection.send('c2 CREATE work/a')
    expect(connection.send('r RENAME work job')).toBe(lines('r OK Rename completed.'))
    expect(connection.send('t LIST "" *')).toBe(
      lines('* LIST (\\HasNoChildren) "/" INBOX', '* LIST (\\HasChildren) "/" job', '* LIST (\\HasNoChildren) "/" job/a', 't OK List completed.'),
    )
  })

  it('keeps the messages, UIDs and UIDVALIDITY', () => {
    const { connection } = loggedIn()
    connection.send('c CREATE Archive')
    connection.send('s SELECT INBOX')
    connection.send('m COPY 1:2 Archive')
    const before = connection.send('t STATUS Archive (MESSAGES UIDNEXT UIDVALIDITY)')
    expect(connection.send('r RENAME Archive Old')).toBe(lines('r OK Rename completed.'))
    expect(connection.send('t STATUS Old (MESSAGES UIDNEXT UIDVALIDITY)')).toBe(before.replace('Archive', 'Old'))
    expect(connection.send('t STATUS Archive (MESSAGES)')).toMatch(/^t NO /)
  })

  it('renames a level that only holds other mailboxes', () => {
    const { connection } = loggedIn()
    connection.send('c CREATE foo/bar')
    expect(connection.send('r RENAME foo fooz')).toBe(lines('r OK Rename completed.'))
    expect(connection.send('t LIST "" fooz/*')).toBe(lines('* LIST (\\HasNoChildren) "/" fooz/bar', 't OK List completed.'))
  })

  it('refuses INBOX with NO [CANNOT], as Dovecot with Maildir does (not the RFC special case)', () => {
    const { connection } = loggedIn()
    expect(connection.send('r RENAME inbox Old')).toBe(lines("r NO [CANNOT] Renaming INBOX isn't supported"))
  })

  it('answers each refusal with Dovecot’s response code', () => {
    const { connection } = loggedIn()
    connection.send('c1 CREATE job')
    connection.send('c2 CREATE other')
    expect(connection.send('r1 RENAME nothere x')).toBe(lines("r1 NO [NONEXISTENT] Mailbox doesn't exist: nothere"))
    expect(connection.send('r2 RENAME job other')).toBe(lines('r2 NO [ALREADYEXISTS] Target mailbox already exists'))
    expect(connection.send('r3 RENAME job INBOX')).toBe(lines('r3 NO [ALREADYEXISTS] Target mailbox already exists'))
    expect(connection.send('r4 RENAME job job')).toBe(lines("r4 NO [ALREADYEXISTS] Can't rename mailbox to itself"))
    expect(connection.send('r5 RENAME job job/sub')).toBe(lines("r5 NO Can't rename mailbox under its own child"))
    expect(connection.send('r6 RENAME job ""')).toBe(lines('r6 NO [CANNOT] Invalid mailbox name'))
    expect(connection.send('r7 RENAME job')).toBe(lines('r7 BAD Error in IMAP command RENAME: Missing arguments'))
  })

  it('may move a mailbox below INBOX', () => {
    const { connection } = loggedIn()
    connection.send('c CREATE job')
    expect(connection.send('r RENAME job INBOX/sub')).toBe(lines('r OK Rename completed.'))
    expect(connection.send('t LIST "" *')).toBe(lines('* LIST (\\HasChildren) "/" INBOX', '* LIST (\\HasNoChildren) "/" INBOX/sub', 't OK List completed.'))
  })

  it('leaves subscriptions under their old names, as Dovecot does', () => {
    const { connection } = loggedIn()
    connection.send('c CREATE work')
    connection.send('s SUBSCRIBE work')
    connection.send('r RENAME work job')
    expect(connection.send('t LSUB "" *')).toBe(lines('* LSUB () "/" work', 't OK Lsub completed.'))
  })

  it('a session with the renamed mailbox selected keeps working with it', () => {
    const server = startServer()
    const renamer = selected(server)
    renamer.send('c CREATE Box')
    renamer.send('m COPY 1 Box')
    const other = server.connect('imap')
    other.send('l LOGIN alice secret')
    other.send('s SELECT Box')
    expect(renamer.send('r RENAME Box Renamed')).toBe(lines('r OK Rename completed.'))
    expect(other.send('n NOOP')).toBe(lines('n OK NOOP completed.'))
    expect(other.send('f FETCH 1 UID')).toBe(lines('* 1 FETCH (UID 1)', 'f OK Fetch completed.'))
  })
})
