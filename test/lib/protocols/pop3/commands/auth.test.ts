// AUTH LOGIN for POP3 (RFC 5034 §4 with the LOGIN mechanism), as a local Dovecot 2.3.19 with
// `auth_mechanisms = plain login` answers it: "+ VXNlcm5hbWU6", "+ UGFzc3dvcmQ6", "*" cancels.

import { encodeBase64 } from '@/lib/protocols/pop3/sasl'
import { referenceUsers } from '../../reference'
import { startServer } from '../harness'

const connect = () => startServer(referenceUsers()).connect('pop3')

describe('AUTH LOGIN', () => {
  it('asks for the username, then the password, then logs in', () => {
    const conn = connect()
    expect(conn.send('AUTH LOGIN')).toBe('+ VXNlcm5hbWU6\r\n')
    expect(conn.send(encodeBase64('alice'))).toBe('+ UGFzc3dvcmQ6\r\n')
    expect(conn.send(encodeBase64('secret'))).toBe('+OK Logged in.\r\n')
    expect(conn.send('STAT')).toBe('+OK 3 623\r\n')
  })

  it('takes the username as an initial response', () => {
    const conn = connect()
    expect(conn.send(`auth login ${encodeBase64('alice')}`)).toBe('+ UGFzc3dvcmQ6\r\n')
    expect(conn.send(encodeBase64('secret'))).toBe('+OK Logged in.\r\n')
  })

  it('a wrong password gets -ERR [AUTH] and the session stays in AUTHORIZATION', () => {
    const conn = connect()
    conn.send(`AUTH LOGIN ${encodeBase64('alice')}`)
    expect(conn.send(encodeBase64('wrong'))).toBe('-ERR [AUTH] Authentication failed.\r\n')
    expect(conn.send('STAT')).toBe('-ERR Unknown command.\r\n')
  })

  it('"*" cancels at either step', () => {
    const conn = connect()
    conn.send('AUTH LOGIN')
    expect(conn.send('*')).toBe('-ERR Authentication aborted by client.\r\n')
    conn.send('AUTH LOGIN')
    conn.send(encodeBase64('alice'))
    expect(conn.send('*')).toBe('-ERR Authentication aborted by client.\r\n')
    expect(conn.send('USER alice')).toBe('+OK\r\n')
  })

  it('refuses a response that is not base64', () => {
    const conn = connect()
    conn.send('AUTH LOGIN')
    expect(conn.send('!!!')).toBe('-ERR [AUTH] Invalid base64 data in continued response\r\n')
    expect(conn.send(`AUTH LOGIN ${encodeBase64('alice')}`)).toBe('+ UGFzc3dvcmQ6\r\n')
    expect(conn.send('!!!')).toBe('-ERR [AUTH] Invalid base64 data in continued response\r\n')
  })
})
