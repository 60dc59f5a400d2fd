// AUTHENTICATE LOGIN (RFC 3501 §6.2.2 with the LOGIN mechanism, SASL-IR RFC 4959), as a local
// Dovecot 2.3.19 answers it, and its place in the capability list before login.

import { startServer } from '../harness'

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const connect = () => startServer().connect('imap')

describe('AUTHENTICATE LOGIN', () => {
  it('is advertised beside PLAIN in the greeting and CAPABILITY before login', () => {
    const conn = connect()
    expect(conn.greeting).toContain('AUTH=PLAIN AUTH=LOGIN]')
    expect(conn.send('c CAPABILITY')).toContain('* CAPABILITY IMAP4rev1 SASL-IR ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN\r\n')
  })

  it('asks for the username, then the password, then logs in', () => {
    const conn = connect()
    expect(conn.send('a AUTHENTICATE LOGIN')).toBe('+ VXNlcm5hbWU6\r\n')
    expect(conn.send(b64('alice'))).toBe('+ UGFzc3dvcmQ6\r\n')
    expect(conn.send(b64('secret'))).toMatch(/^a OK \[CAPABILITY IMAP4rev1 [^\]]*\] Logged in\r\n$/)
    expect(conn.send('s SELECT INBOX')).toContain('* 3 EXISTS\r\n')
  })

  it('takes the username as an initial response (SASL-IR)', () => {
    const conn = connect()
    expect(conn.send(`a AUTHENTICATE LOGIN ${b64('alice')}`)).toBe('+ UGFzc3dvcmQ6\r\n')
    expect(conn.send(b64('secret'))).toMatch(/^a OK /)
  })

  it('an empty initial response ("=") still asks for the username, as Dovecot does', () => {
    expect(connect().send('a AUTHENTICATE LOGIN =')).toBe('+ VXNlcm5hbWU6\r\n')
  })

  it('a wrong password gets NO [AUTHENTICATIONFAILED]', () => {
    const conn = connect()
    conn.send(`a AUTHENTICATE LOGIN ${b64('alice')}`)
    expect(conn.send(b64('wrong'))).toBe('a NO [AUTHENTICATIONFAILED] Authentication failed.\r\n')
  })

  it('"*" cancels at either step', () => {
    const conn = connect()
    conn.send('a AUTHENTICATE LOGIN')
    expect(conn.send('*')).toBe('a BAD Authentication aborted by client.\r\n')
    conn.send('b AUTHENTICATE LOGIN')
    conn.send(b64('alice'))
    expect(conn.send('*')).toBe('b BAD Authentication aborted by client.\r\n')
  })
})
