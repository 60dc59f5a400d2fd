// STORE (RFC 3501 §6.4.6) with a keyword new to the mailbox: `* FLAGS` and `* OK [PERMANENTFLAGS]`
// go out first (RFC 3501 §7.2.6), even with .SILENT, and reach the other sessions at their next
// sync — the exact sequence a local Dovecot 2.3.19 sent for the same commands.

import { selected, startServer } from '../harness'

const lines = (...items: string[]) => items.map((item) => `${item}\r\n`).join('')
const SYSTEM = '\\Answered \\Flagged \\Deleted \\Seen \\Draft'

describe('STORE with a new keyword', () => {
  it('announces the new keyword list to the storing session, then to an EXAMINE session', () => {
    const server = startServer()
    const a = selected(server)
    const b = selected(server, 'EXAMINE')
    expect(a.send('d STORE 1 +FLAGS ($Label1)')).toBe(
      lines(
        `* FLAGS (${SYSTEM} $Label1)`,
        `* OK [PERMANENTFLAGS (${SYSTEM} $Label1 \\*)] Flags permitted.`,
        '* 1 FETCH (FLAGS ($Label1 \\Recent))',
        'd OK Store completed.',
      ),
    )
    expect(a.send('d2 STORE 1 +FLAGS ($Label1)')).toBe(lines('d2 OK Store completed.'))
    expect(a.send('d3 STORE 2 +FLAGS.SILENT (Junk)')).toBe(
      lines(`* FLAGS (${SYSTEM} $Label1 Junk)`, `* OK [PERMANENTFLAGS (${SYSTEM} $Label1 Junk \\*)] Flags permitted.`, 'd3 OK Store completed.'),
    )
    expect(b.send('e NOOP')).toBe(
      lines(
        `* FLAGS (${SYSTEM} $Label1 Junk)`,
        '* OK [PERMANENTFLAGS ()] Read-only mailbox.',
        '* 1 FETCH (FLAGS ($Label1))',
        '* 2 FETCH (FLAGS (Junk))',
        'e OK NOOP completed.',
      ),
    )
  })

  it('an idling session hears of the new keyword at once (RFC 2177)', () => {
    const server = startServer()
    const a = selected(server)
    const idler = selected(server)
    expect(idler.send('i IDLE')).toBe('+ idling\r\n')
    a.send('d STORE 3 +FLAGS.SILENT (Later)')
    expect(idler.read()).toBe(
      lines(`* FLAGS (${SYSTEM} Later)`, `* OK [PERMANENTFLAGS (${SYSTEM} Later \\*)] Flags permitted.`, '* 3 FETCH (FLAGS (Later))'),
    )
  })

  it('keeps a keyword in the list after the last message loses it, as SELECT then shows', () => {
    const connection = selected(startServer())
    connection.send('a STORE 1 +FLAGS (Work)')
    expect(connection.send('b STORE 1 -FLAGS (Work)')).toBe(lines('* 1 FETCH (FLAGS (\\Recent))', 'b OK Store completed.'))
    expect(connection.send('s SELECT INBOX')).toContain(`* FLAGS (${SYSTEM} Work)\r\n`)
  })

  it('matches a known keyword case-insensitively and keeps its first spelling', () => {
    const connection = selected(startServer())
    connection.send('a STORE 1 FLAGS (Bar)')
    expect(connection.send('b STORE 1 +FLAGS (bar)')).toBe(lines('b OK Store completed.'))
    expect(connection.send('c FETCH 1 FLAGS')).toBe(lines('* 1 FETCH (FLAGS (Bar \\Recent))', 'c OK Fetch completed.'))
  })

  it('a system flag is never announced as new', () => {
    const connection = selected(startServer())
    expect(connection.send('a STORE 1 +FLAGS (\\Seen)')).toBe(lines('* 1 FETCH (FLAGS (\\Seen \\Recent))', 'a OK Store completed.'))
  })
})
