// Recorded-style cases the reference corpus lacks, each derived from the RFC section cited:
// SEARCH keys, partial fetches, header field selection, literals, COPY/MOVE/UID EXPUNGE, CLOSE,
// BODYSTRUCTURE, APPEND, IDLE with new mail, EXAMINE.

import { selected, startServer } from './harness'

const CRLF = '\r\n'
const lines = (...items: string[]) => items.map((item) => item + CRLF).join('')

describe('SEARCH (RFC 3501 §6.4.4)', () => {
  const cases: Array<[string, string]> = [
    ['ALL', '* SEARCH 1 2 3'],
    ['UNSEEN', '* SEARCH 1 2 3'],
    ['SEEN', '* SEARCH'],
    ['RECENT', '* SEARCH 1 2 3'],
    ['NEW', '* SEARCH 1 2 3'],
    ['OLD', '* SEARCH'],
    ['SUBJECT second', '* SEARCH 2'],
    ['SUBJECT "MESSAGE"', '* SEARCH 1 2 3'],
    ['FROM carol', '* SEARCH 2'],
    ['FROM "Dave Example"', '* SEARCH 3'],
    ['TO alice@example.org', '* SEARCH 1 2 3'],
    ['CC alice', '* SEARCH'],
    ['BODY "last"', '* SEARCH 3'],
    ['TEXT "msg2@"', '* SEARCH 2'],
    ['HEADER Message-ID msg3', '* SEARCH 3'],
    ['HEADER X-Missing ""', '* SEARCH'],
    ['LARGER 200', '* SEARCH 1 2'],
    ['SMALLER 200', '* SEARCH 3'],
    ['UID 2:*', '* SEARCH 2 3'],
    ['2,3', '* SEARCH 2 3'],
    ['*', '* SEARCH 3'],
    ['NOT 2', '* SEARCH 1 3'],
    ['OR 1 3', '* SEARCH 1 3'],
    ['(OR 1 2) UNSEEN NOT SUBJECT first', '* SEARCH 2'],
    ['ON 14-Nov-2023', '* SEARCH 1 2 3'],
    ['BEFORE 14-Nov-2023', '* SEARCH'],
    ['SINCE 15-Nov-2023', '* SEARCH'],
    ['SENTSINCE 1-Jan-2023', '* SEARCH 1 2 3'],
    ['CHARSET UTF-8 SUBJECT third', '* SEARCH 3'],
    ['DELETED', '* SEARCH'],
    ['UNDELETED FLAGGED', '* SEARCH'],
    ['UNFLAGGED UNANSWERED', '* SEARCH 1 2 3'],
  ]
  it.each(cases)('SEARCH %s', (keys, expected) => {
    const connection = selected(startServer())
    expect(connection.send(`t SEARCH ${keys}`)).toBe(lines(expected, 't OK Search completed.'))
  })

  it('UID SEARCH answers with UIDs', () => {
    const server = startServer()
    const a = selected(server)
    a.send('x1 STORE 1 +FLAGS (\\Deleted)')
    a.send('x2 EXPUNGE')
    expect(a.send('t UID SEARCH ALL')).toBe(lines('* SEARCH 2 3', 't OK Search completed.'))
    expect(a.send('t SEARCH ALL')).toBe(lines('* SEARCH 1 2', 't OK Search completed.'))
  })

  it('refuses an unknown charset with BADCHARSET and bad keys with BAD', () => {
    const connection = selected(startServer())
    expect(connection.send('t SEARCH CHARSET KOI8-R ALL')).toBe(lines('t NO [BADCHARSET (US-ASCII UTF-8 ISO-8859-1 ISO-8859-15 WINDOWS-1252)] Unknown charset: KOI8-R'))
    expect(connection.send('t SEARCH BOGUS')).toMatch(/^t BAD /)
    expect(connection.send('t SEARCH SUBJECT')).toMatch(/^t BAD /)
    expect(connection.send('t SEARCH')).toMatch(/^t BAD /)
  })
})

describe('FETCH body sections (RFC 3501 §6.4.5)', () => {
  it('partial fetch returns the octets asked for and names the origin', () => {
    const connection = selected(startServer())
    expect(connection.send('t FETCH 1 BODY.PEEK[]<0.4>')).toBe(lines('* 1 FETCH (BODY[]<0> {4}', 'From)', 't OK Fetch completed.'))
    expect(connection.send('t FETCH 1 BODY.PEEK[TEXT]<6.5>')).toBe(lines('* 1 FETCH (BODY[TEXT]<6> {5}', 'Alice)', 't OK Fetch completed.'))
    expect(connection.send('t FETCH 1 BODY.PEEK[]<500.10>')).toBe(lines('* 1 FETCH (BODY[]<500> {0}', ')', 't OK Fetch completed.'))
  })

  it('HEADER.FIELDS and HEADER.FIELDS.NOT keep the fields as stored, then the blank line', () => {
    const connection = selected(startServer())
    expect(connection.send('t FETCH 3 BODY.PEEK[HEADER.FIELDS (from subject)]')).toBe(
      lines('* 3 FETCH (BODY[HEADER.FIELDS (FROM SUBJECT)] {65}', 'From: Dave Example <dave@example.com>', 'Subject: Third message', '', ')', 't OK Fetch completed.'),
    )
    expect(connection.send('t FETCH 3 BODY.PEEK[HEADER.FIELDS.NOT (From To Subject Date)]')).toBe(
      lines('* 3 FETCH (BODY[HEADER.FIELDS.NOT (FROM TO SUBJECT DATE)] {34}', 'Message-ID: <msg3@example.com>', '', ')', 't OK Fetch completed.'),
    )
  })

  it('HEADER, TEXT, part 1 and RFC822.* items', () => {
    const connection = selected(startServer())
    expect(connection.send('t FETCH 3 (BODY.PEEK[TEXT] BODY.PEEK[1])')).toBe(
      lines('* 3 FETCH (BODY[TEXT] {17}', 'Third and last.', ' BODY[1] {17}', 'Third and last.', ')', 't OK Fetch completed.'),
    )
    const header = connection.send('t FETCH 3 RFC822.HEADER')
    expect(header).toMatch(/^\* 3 FETCH \(RFC822\.HEADER \{175\}\r\nFrom: Dave/)
    expect(header).not.toMatch(/\\Seen/)
    expect(connection.send('t FETCH 3 RFC822.TEXT')).toBe(
      lines('* 3 FETCH (FLAGS (\\Seen \\Recent) RFC822.TEXT {17}', 'Third and last.', ')', 't OK Fetch completed.'),
    )
  })

  it('BODYSTRUCTURE and BODY for text/plain, with and without Content-Type', () => {
    const server = startServer([
      {
        name: 'carol',
        password: 'secret',
        messages: ['Subject: hi\n\nline one\nline two\n', 'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\nhej\n'],
      },
    ])
    const connection = selected(server, 'SELECT', 'carol')
    expect(connection.send('t FETCH 1:2 BODYSTRUCTURE')).toBe(
      lines(
        '* 1 FETCH (BODYSTRUCTURE ("text" "plain" ("charset" "us-ascii") NIL NIL "7bit" 20 2 NIL NIL NIL NIL))',
        '* 2 FETCH (BODYSTRUCTURE ("text" "plain" ("charset" "UTF-8") NIL NIL "8bit" 5 1 NIL NIL NIL NIL))',
        't OK Fetch completed.',
      ),
    )
    expect(connection.send('t FETCH 1 BODY')).toBe(lines('* 1 FETCH (BODY ("text" "plain" ("charset" "us-ascii") NIL NIL "7bit" 20 2))', 't OK Fetch completed.'))
  })

  it('a multipart/mixed BODYSTRUCTURE lists its parts', () => {
    const raw = [
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'hello',
      '--b1',
      'Content-Type: application/octet-stream',
      'Content-Disposition: attachment; filename="a.bin"',
      'Content-Transfer-Encoding: base64',
      '',
      'AAAA',
      '--b1--',
      '',
    ].join('\n')
    const connection = selected(startServer([{ name: 'carol', password: 'secret', messages: [raw] }]), 'SELECT', 'carol')
    expect(connection.send('t FETCH 1 BODYSTRUCTURE')).toBe(
      lines(
        '* 1 FETCH (BODYSTRUCTURE (("text" "plain" NIL NIL NIL "7bit" 5 1 NIL NIL NIL NIL)("application" "octet-stream" NIL NIL NIL "base64" 4 NIL ("attachment" ("filename" "a.bin")) NIL NIL) "mixed" ("boundary" "b1") NIL NIL NIL))',
        't OK Fetch completed.',
      ),
    )
    expect(connection.send('t FETCH 1 BODY.PEEK[2]')).toBe(lines('* 1 FETCH (BODY[2] {4}', 'AAAA)', 't OK Fetch completed.'))
    expect(connection.send('t FETCH 1 BODY.PEEK[1.MIME]')).toBe(lines('* 1 FETCH (BODY[1.MIME] {28}', 'Content-Type: text/plain', '', ')', 't OK Fetch completed.'))
  })

  it('macros FAST, ALL and FULL expand as RFC 3501 §6.4.5 says', () => {
    const connection = selected(startServer())
    expect(connection.send('t FETCH 3 FAST')).toBe(
      lines('* 3 FETCH (FLAGS (\\Recent) INTERNALDATE "14-Nov-2023 22:13:23 +0000" RFC822.SIZE 192)', 't OK Fetch completed.'),
    )
    expect(connection.send('t FETCH 3 ALL')).toMatch(/^\* 3 FETCH \(FLAGS \(\\Recent\) INTERNALDATE "[^"]+" RFC822\.SIZE 192 ENVELOPE \(/)
    expect(connection.send('t FETCH 3 FULL')).toMatch(/ BODY \("text" "plain" \("charset" "us-ascii"\) NIL NIL "7bit" 17 1\)\)\r\n/)
  })

  it('UID FETCH adds the UID and accepts out-of-range UIDs with an empty OK', () => {
    const connection = selected(startServer())
    expect(connection.send('t UID FETCH 2 FLAGS')).toBe(lines('* 2 FETCH (UID 2 FLAGS (\\Recent))', 't OK Fetch completed.'))
    expect(connection.send('t UID FETCH 10:20 FLAGS')).toBe(lines('t OK Fetch completed.'))
    expect(connection.send('t UID FETCH 10:* UID')).toBe(lines('* 3 FETCH (UID 3)', 't OK Fetch completed.'))
  })

  it('EXAMINE never sets \\Seen', () => {
    const server = startServer()
    const connection = selected(server, 'EXAMINE')
    expect(connection.send('t FETCH 1 BODY[HEADER.FIELDS (SUBJECT)]')).toBe(
      lines('* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT)] {31}', 'Subject: First test message', '', ')', 't OK Fetch completed.'),
    )
    expect(server.store.inbox('alice')?.messages[0].flags.has('\\Seen')).toBe(false)
    expect(connection.send('t STORE 1 +FLAGS (\\Seen)')).toBe(lines('t NO Mailbox is read-only.'))
  })
})

describe('literals (RFC 3501 §4.3, RFC 7888)', () => {
  it('LOGIN with a quoted string and a non-synchronising literal', () => {
    const connection = startServer().connect('imap')
    expect(connection.send('a LOGIN "alice" {6+}')).toBe('')
    expect(connection.send('secret')).toMatch(/^a OK \[CAPABILITY IMAP4rev1 /)
  })

  it('APPEND with a synchronising literal answers APPENDUID, and the selected session sees EXISTS', () => {
    const server = startServer()
    const connection = selected(server)
    expect(connection.send('t APPEND INBOX (\\Flagged) "01-Jan-2024 10:00:00 +0100" {21}')).toBe(lines('+ OK'))
    expect(connection.send('Subject: hi')).toBe('')
    expect(connection.send('')).toBe('')
    expect(connection.send('body')).toBe('')
    expect(connection.send('')).toBe(lines('* 4 EXISTS', '* 4 RECENT', 't OK [APPENDUID 1795693100 4] Append completed.'))
    expect(connection.send('t FETCH 4 (FLAGS INTERNALDATE RFC822.SIZE)')).toBe(
      lines('* 4 FETCH (FLAGS (\\Flagged \\Recent) INTERNALDATE "01-Jan-2024 09:00:00 +0000" RFC822.SIZE 21)', 't OK Fetch completed.'),
    )
  })

  it('APPEND to a missing mailbox or over quota is refused before the literal is read', () => {
    const server = startServer([{ name: 'dan', password: 'secret', quotaBytes: 100 }])
    const connection = server.connect('imap')
    connection.send('l LOGIN dan secret')
    expect(connection.send('t APPEND Nowhere {5}')).toBe(lines("t NO [TRYCREATE] Mailbox doesn't exist: Nowhere"))
    expect(connection.send('t APPEND INBOX {500}')).toBe(lines('t NO [OVERQUOTA] Quota exceeded (mailbox for user is full)'))
    expect(connection.send('t APPEND INBOX {6+}')).toBe('')
    expect(connection.send('abcd')).toBe('')
    expect(connection.send('')).toBe(lines('t OK [APPENDUID 1795693100 1] Append completed.'))
    expect(connection.send('u APPEND INBOX {200+}')).toBe('')
    expect(connection.send('x'.repeat(198))).toBe('')
    expect(connection.send('')).toBe(lines('u NO [OVERQUOTA] Quota exceeded (mailbox for user is full)'))
    expect(connection.send('u2 NOOP')).toBe(lines('u2 OK NOOP completed.'))
  })
})

describe('COPY, MOVE, EXPUNGE, CLOSE', () => {
  it('UID COPY and UID MOVE answer COPYUID with compact UID sets (RFC 4315 §3, RFC 6851)', () => {
    const server = startServer()
    const connection = selected(server)
    connection.send('c CREATE Archive')
    expect(connection.send('t UID COPY 1:3 Archive')).toBe(lines('t OK [COPYUID 1795693102 1:3 1:3] Copy completed.'))
    expect(connection.send('t UID MOVE 1,3 Archive')).toBe(
      lines('* OK [COPYUID 1795693102 1,3 4:5] Moved UIDs.', '* 3 EXPUNGE', '* 1 EXPUNGE', '* 1 RECENT', 't OK Move completed.'),
    )
    expect(connection.send('t UID COPY 99 Archive')).toBe(lines('t OK No messages found.'))
    expect(connection.send('t STATUS Archive (MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN)')).toBe(
      lines('* STATUS Archive (MESSAGES 5 RECENT 5 UIDNEXT 6 UIDVALIDITY 1795693102 UNSEEN 5)', 't OK Status completed.'),
    )
  })

  it('UID EXPUNGE removes only the \\Deleted messages in the set (RFC 4315 §2.1)', () => {
    const connection = selected(startServer())
    connection.send('t STORE 1:3 +FLAGS.SILENT (\\Deleted)')
    expect(connection.send('t UID EXPUNGE 2:3')).toBe(lines('* 3 EXPUNGE', '* 2 EXPUNGE', '* 1 RECENT', 't OK Expunge completed.'))
    expect(connection.send('t FETCH 1:* (UID FLAGS)')).toBe(lines('* 1 FETCH (UID 1 FLAGS (\\Deleted \\Recent))', 't OK Fetch completed.'))
  })

  it('CLOSE expunges silently; other sessions still hear of it (RFC 3501 §6.4.2)', () => {
    const server = startServer()
    const a = selected(server)
    const b = selected(server)
    a.send('t STORE 2 +FLAGS.SILENT (\\Deleted)')
    expect(a.send('t CLOSE')).toBe(lines('t OK Close completed.'))
    expect(a.state).toBe('authenticated')
    expect(b.send('n NOOP')).toBe(lines('* 2 EXPUNGE', 'n OK NOOP completed.'))
    expect(server.store.inbox('alice')?.messages.map((message) => message.uid)).toEqual([1, 3])
  })

  it('UNSELECT leaves \\Deleted messages in place (RFC 3691)', () => {
    const server = startServer()
    const a = selected(server)
    a.send('t STORE 2 +FLAGS.SILENT (\\Deleted)')
    expect(a.send('t UNSELECT')).toBe(lines('t OK Unselect completed.'))
    expect(server.store.inbox('alice')?.messages.length).toBe(3)
    expect(a.send('t FETCH 1 FLAGS')).toBe(lines('t BAD No mailbox selected.'))
  })

  it('STORE FLAGS replaces, -FLAGS removes, and UID STORE reports the UID', () => {
    const connection = selected(startServer())
    expect(connection.send('t STORE 1 FLAGS (\\Flagged $Work)')).toBe(
      lines(
        '* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Work)',
        '* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Work \\*)] Flags permitted.',
        '* 1 FETCH (FLAGS (\\Flagged $Work \\Recent))',
        't OK Store completed.',
      ),
    )
    expect(connection.send('t UID STORE 1 -FLAGS (\\Flagged)')).toBe(lines('* 1 FETCH (UID 1 FLAGS ($Work \\Recent))', 't OK Store completed.'))
    expect(connection.send('t STORE 1 +FLAGS \\Recent')).toMatch(/^t BAD /)
  })
})

describe('new mail and IDLE (RFC 3501 §7.3.1, RFC 2177)', () => {
  it('EXISTS and RECENT reach an idling session; \\Recent goes to the first session only', () => {
    const server = startServer()
    const a = selected(server)
    const b = selected(server)
    expect(b.send('i IDLE')).toBe(lines('+ idling'))
    server.deliver('alice', 'Subject: new\n\nhello\n')
    expect(b.read()).toBe(lines('* 4 EXISTS', '* 1 RECENT'))
    expect(b.send('DONE')).toBe(lines('i OK Idle completed.'))
    expect(a.send('n NOOP')).toBe(lines('* 4 EXISTS', 'n OK NOOP completed.'))
    expect(b.send('f FETCH 4 FLAGS')).toBe(lines('* 4 FETCH (FLAGS (\\Recent))', 'f OK Fetch completed.'))
    expect(a.send('f FETCH 4 FLAGS')).toBe(lines('* 4 FETCH (FLAGS ())', 'f OK Fetch completed.'))
  })

  it('anything but DONE ends IDLE with BAD', () => {
    const connection = selected(startServer())
    connection.send('i IDLE')
    expect(connection.send('NOOP')).toBe(lines('i BAD Expected DONE.'))
  })
})

describe('session commands', () => {
  it('ID, ENABLE, NAMESPACE, LIST with hierarchy', () => {
    const server = startServer()
    const connection = server.connect('imap')
    expect(connection.send('i ID NIL')).toBe(lines('* ID ("name" "Mail Protocol Lab")', 'i OK ID completed.'))
    connection.send('l LOGIN alice secret')
    expect(connection.send('e ENABLE CONDSTORE')).toBe(lines('* ENABLED', 'e OK Enabled.'))
    expect(connection.send('n NAMESPACE')).toBe(lines('* NAMESPACE (("" "/")) NIL NIL', 'n OK Namespace completed.'))
    connection.send('c CREATE Work/2024/')
    expect(connection.send('l LIST "" *')).toBe(
      lines('* LIST (\\HasNoChildren) "/" INBOX', '* LIST (\\Noselect \\HasChildren) "/" Work', '* LIST (\\HasNoChildren) "/" Work/2024', 'l OK List completed.'),
    )
    expect(connection.send('l LIST "" %')).toBe(lines('* LIST (\\HasNoChildren) "/" INBOX', '* LIST (\\Noselect \\HasChildren) "/" Work', 'l OK List completed.'))
    expect(connection.send('l LIST "" ""')).toBe(lines('* LIST (\\Noselect) "/" ""', 'l OK List completed.'))
    expect(connection.send('l LIST "" inbox')).toBe(lines('* LIST (\\HasNoChildren) "/" INBOX', 'l OK List completed.'))
    expect(connection.send('d DELETE Nowhere')).toBe(lines("d NO [NONEXISTENT] Mailbox doesn't exist: Nowhere"))
  })

  it('AUTHENTICATE PLAIN: wrong password, cancel, unknown mechanism', () => {
    const connection = startServer().connect('imap')
    expect(connection.send('a AUTHENTICATE PLAIN AGFsaWNlAHdyb25n')).toBe(lines('a NO [AUTHENTICATIONFAILED] Authentication failed.'))
    expect(connection.send('b AUTHENTICATE PLAIN')).toBe(lines('+ '))
    expect(connection.send('*')).toBe(lines('b BAD Authentication aborted by client.'))
    expect(connection.send('c AUTHENTICATE CRAM-MD5')).toBe(lines('c NO Unsupported authentication mechanism.'))
  })

  it('twenty invalid commands after login end the connection; a good one resets the count', () => {
    const connection = startServer().connect('imap')
    connection.send('l LOGIN alice secret')
    for (let i = 0; i < 19; i++) connection.send(`x${i} BOGUS`)
    expect(connection.send('ok NOOP')).toBe(lines('ok OK NOOP completed.'))
    for (let i = 0; i < 19; i++) connection.send(`y${i} BOGUS`)
    expect(connection.closed).toBe(false)
    expect(connection.send('z BOGUS')).toBe(lines('z BAD Error in IMAP command BOGUS: Unknown command.', '* BYE Too many invalid IMAP commands.'))
    expect(connection.closed).toBe(true)
  })
})

describe('literal octets are counted in UTF-8 (RFC 3501 §4.3)', () => {
  it('a literal that ends inside a line leaves the rest of the line to the command', () => {
    const connection = startServer([{ name: 'zoë', password: 'pässword' }]).connect('imap')
    expect(connection.send('a LOGIN {4}')).toBe(lines('+ OK'))
    expect(connection.send('zoë {9}')).toBe(lines('+ OK'))
    expect(connection.send('pässword')).toMatch(/^a OK \[CAPABILITY /)
  })
})
