// SEARCH over what users see (RFC 3501 §6.4.4): RFC 2047 subjects in B and Q encoding, in
// ISO-8859-1 and UTF-8; quoted-printable and base64 bodies inside MIME parts; CHARSET for the
// five accepted charsets. The failing case was imapflow's
// `SEARCH CHARSET UTF-8 SUBJECT "München"`; the expected sets are what Dovecot 2.3.19 answered
// for the same messages on a local server.

import { startServer } from '../harness'

const lines = (...items: string[]) => items.map((item) => `${item}\r\n`).join('')
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

const MESSAGES = [
  /* 1 */ 'Subject: =?ISO-8859-1?Q?M=FCnchen?= trip\n\nplain body\n',
  /* 2 */ 'Subject: =?UTF-8?B?TcO8bmNoZW4=?=\n\nbody\n',
  /* 3 */ 'Subject: x\nContent-Type: text/plain; charset=iso-8859-15\nContent-Transfer-Encoding: quoted-printable\n\nPreis 5 =A4 in M=FCn=\nchen\n',
  /* 4 */ `Subject: y\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${base64('Grüße aus München')}\n`,
  /* 5 */ 'Subject: =?utf-8?q?M=C3=BC?= =?utf-8?q?nchen?=\n\nb\n',
  /* 6 */ [
    'Subject: =?ISO-8859-1?B?TfxuY2hlbg==?= (B, Latin-1)',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=windows-1252',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Caf=E9 =80 price',
    '--b1',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    '',
    base64('Kaffee im Bild'),
    '--b1--',
    '',
  ].join('\n'),
]

function searching() {
  const server = startServer([{ name: 'alice', password: 'secret', messages: MESSAGES }])
  const connection = server.connect('imap')
  connection.send('l LOGIN alice secret')
  connection.send('s SELECT INBOX')
  return connection
}

describe('SEARCH decodes before matching', () => {
  it.each([
    ['CHARSET UTF-8 SUBJECT "München"', '* SEARCH 1 2 5 6'],
    ['CHARSET UTF-8 SUBJECT "mÜNCHEN"', '* SEARCH 1 2 5 6'],
    ['SUBJECT "Munchen"', '* SEARCH'],
    ['SUBJECT "Latin-1"', '* SEARCH 6'],
    ['CHARSET UTF-8 BODY "München"', '* SEARCH 3 4'],
    ['CHARSET UTF-8 BODY "€"', '* SEARCH 3 6'],
    ['CHARSET UTF-8 BODY "grüße"', '* SEARCH 4'],
    ['CHARSET UTF-8 BODY "Café"', '* SEARCH 6'],
    ['BODY "Kaffee"', '* SEARCH'],
    ['BODY "=A4"', '* SEARCH'],
    ['CHARSET UTF-8 TEXT "münchen"', '* SEARCH 1 2 3 4 5 6'],
    ['CHARSET UTF-8 HEADER Subject "München trip"', '* SEARCH 1'],
  ])('SEARCH %s', (keys, expected) => {
    expect(searching().send(`t SEARCH ${keys}`)).toBe(lines(expected, 't OK Search completed.'))
  })

  it('a search string in a literal is decoded too', () => {
    const connection = searching()
    expect(connection.send('t SEARCH CHARSET UTF-8 SUBJECT {8}')).toBe('+ OK\r\n')
    expect(connection.send('München')).toBe(lines('* SEARCH 1 2 5 6', 't OK Search completed.'))
  })

  it('decomposed and composed forms of a letter match each other', () => {
    expect(searching().send('t SEARCH CHARSET UTF-8 BODY "Gru\u0308ße"')).toBe(lines('* SEARCH 4', 't OK Search completed.'))
  })
})

describe('SEARCH CHARSET', () => {
  it.each(['US-ASCII', 'UTF-8', 'ISO-8859-1', 'iso-8859-15', 'Windows-1252'])('accepts %s', (charset) => {
    expect(searching().send(`t SEARCH CHARSET ${charset} SUBJECT trip`)).toBe(lines('* SEARCH 1', 't OK Search completed.'))
  })

  /** Sends a command line as raw octets (one character per octet), as a byte-level client writes it. */
  function sendOctets(octets: string): string {
    const connection = searching()
    connection.receive(Uint8Array.from(`${octets}\r\n`, (c) => c.charCodeAt(0)))
    return connection.read()
  }

  it('reads a one-octet-charset search string as octets in that charset', () => {
    // 0x80 is the euro sign in windows-1252; 0xFC is "ü" in ISO-8859-1.
    expect(sendOctets('t SEARCH CHARSET WINDOWS-1252 BODY "\x80"')).toBe(lines('* SEARCH 3 6', 't OK Search completed.'))
    expect(sendOctets('t SEARCH CHARSET ISO-8859-1 SUBJECT "M\xfcnchen"')).toBe(lines('* SEARCH 1 2 5 6', 't OK Search completed.'))
  })

  it('reads UTF-8 octets as UTF-8, with CHARSET UTF-8 or none', () => {
    expect(sendOctets('t SEARCH CHARSET UTF-8 SUBJECT "M\xc3\xbcnchen"')).toBe(lines('* SEARCH 1 2 5 6', 't OK Search completed.'))
    expect(sendOctets('t SEARCH SUBJECT "M\xc3\xbcnchen"')).toBe(lines('* SEARCH 1 2 5 6', 't OK Search completed.'))
  })

  it('refuses any other charset with NO [BADCHARSET (...)] naming the accepted ones', () => {
    expect(searching().send('t SEARCH CHARSET KOI8-R ALL')).toBe(
      lines('t NO [BADCHARSET (US-ASCII UTF-8 ISO-8859-1 ISO-8859-15 WINDOWS-1252)] Unknown charset: KOI8-R'),
    )
  })
})
