// Each SMTP command against RFC 5321 / RFC 6409 / RFC 4954 and the recorded Postfix behaviour:
// the cases the transcripts do not cover (roles, relaying, quota, error limit, trace headers).

import { codes, ready, script, startServer, ALICE_PLAIN } from './harness'
import { encodeBase64 } from '@/lib/protocols/pop3/sasl'

const MESSAGE = ['Subject: Hello', '', 'Body line.', '.']

describe('EHLO and HELO (RFC 5321 §4.1.1.1)', () => {
  it('lists AUTH on the submission port only', () => {
    const server = startServer()
    expect(server.connect('smtp').send('EHLO x')).toContain('250-AUTH PLAIN LOGIN\r\n')
    expect(server.connect('smtp', { role: 'mta' }).send('EHLO x')).not.toContain('AUTH')
  })

  it('advertises only what is implemented, ending with a "250 " line', () => {
    const reply = startServer().connect('smtp').send('EHLO x')
    expect(reply).toBe('250-mail.example.org\r\n250-PIPELINING\r\n250-SIZE 100000\r\n250-VRFY\r\n250-AUTH PLAIN LOGIN\r\n250-ENHANCEDSTATUSCODES\r\n250 8BITMIME\r\n')
  })

  it('HELO answers one line, and its mail says "with SMTP"', () => {
    const server = startServer()
    const connection = server.connect('smtp', { role: 'mta' })
    expect(connection.send('HELO old.example')).toBe('250 mail.example.org\r\n')
    script(connection, 'MAIL FROM:<x@old.example>', 'RCPT TO:<bob@example.org>', 'DATA', ...MESSAGE)
    expect(server.store.inbox('bob')?.messages[0].text).toContain('by mail.example.org (Postfix) with SMTP id ')
  })

  it('EHLO ends a transaction in progress', () => {
    const connection = ready(startServer())
    connection.send('MAIL FROM:<alice@example.org>')
    expect(codes(connection.send('EHLO again')).startsWith('250')).toBe(true)
    expect(codes(connection.send('RCPT TO:<bob@example.org>'))).toBe('503 5.5.1')
  })
})

describe('AUTH (RFC 4954)', () => {
  it('LOGIN with both prompts, then RCPT is allowed', () => {
    const connection = startServer().connect('smtp')
    connection.send('EHLO x')
    expect(script(connection, 'AUTH LOGIN', encodeBase64('alice'), encodeBase64('secret'))).toEqual([
      '334 VXNlcm5hbWU6\r\n',
      '334 UGFzc3dvcmQ6\r\n',
      '235 2.7.0 Authentication successful\r\n',
    ])
  })

  it('refuses a proxy login (an authzid other than the user)', () => {
    const connection = startServer().connect('smtp')
    expect(codes(connection.send(`AUTH PLAIN ${encodeBase64('bob\0alice\0secret')}`))).toBe('535 5.7.8')
  })

  it('is not offered on the MTA port', () => {
    expect(startServer().connect('smtp', { role: 'mta' }).send(ALICE_PLAIN)).toBe('503 5.5.1 Error: authentication not enabled\r\n')
  })

  it('"=" is an empty response, which PLAIN cannot use', () => {
    expect(codes(startServer().connect('smtp').send('AUTH PLAIN ='))).toBe('535 5.7.8')
  })
})

describe('MAIL, RCPT, DATA (RFC 5321 §4.1.1.2–4)', () => {
  it('takes BODY=8BITMIME and refuses unknown parameters with 555', () => {
    const connection = ready(startServer())
    expect(codes(connection.send('MAIL FROM:<alice@example.org> BODY=8BITMIME SIZE=10'))).toBe('250 2.1.0')
    connection.send('RSET')
    expect(codes(connection.send('MAIL FROM:<alice@example.org> FOO=bar'))).toBe('555 5.5.4')
    expect(codes(connection.send('MAIL FROM:<alice@example.org> SIZE=ten'))).toBe('501 5.5.4')
    expect(codes(connection.send('MAIL FROM:<alice@example.org> BODY=BINARYMIME'))).toBe('501 5.5.4')
  })

  it('takes the null reverse-path of a bounce', () => {
    expect(codes(ready(startServer()).send('MAIL FROM:<>'))).toBe('250 2.1.0')
  })

  it('refuses an empty or malformed recipient with 501 5.1.3', () => {
    const connection = ready(startServer())
    connection.send('MAIL FROM:<alice@example.org>')
    expect(codes(connection.send('RCPT TO:<>'))).toBe('501 5.1.3')
    expect(codes(connection.send('RCPT TO:<a b@example.org>'))).toBe('501 5.1.3')
    expect(codes(connection.send('RCPT <bob@example.org>'))).toBe('501 5.5.4')
  })

  it('delivers to a local user with the trace headers, then the exact lines sent', () => {
    const server = startServer()
    const connection = ready(server)
    const replies = script(connection, 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'DATA', 'Subject: Hi', '', '..x', 'é 8-bit', '.')
    expect(replies.map(codes)).toEqual(['250 2.1.0', '250 2.1.5', '354', '', '', '', '', '250 2.0.0'])
    const raw = server.store.inbox('bob')?.messages[0].text ?? ''
    expect(raw.startsWith('Return-Path: <alice@example.org>\r\nDelivered-To: bob@example.org\r\nReceived: from mail.example.org\r\n')).toBe(true)
    expect(raw).toContain('\tby mail.example.org (Postfix) with ESMTPA id ')
    expect(raw.endsWith('\r\nSubject: Hi\r\n\r\n.x\r\né 8-bit\r\n')).toBe(true)
  })

  it('names no recipient in Postfix Received: when there are several, and queues other domains', () => {
    const server = startServer()
    const connection = ready(server)
    script(connection, 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'RCPT TO:<carol@elsewhere.example>', 'DATA', ...MESSAGE)
    const raw = server.store.inbox('bob')?.messages[0].text ?? ''
    expect(raw).toMatch(/with ESMTPA id [0-9A-F]+;\r\n\t[A-Z][a-z]{2}, /)
    expect(server.outbound).toHaveLength(1)
    expect(server.outbound[0]).toMatchObject({ sender: 'alice@example.org', recipients: ['carol@elsewhere.example'] })
    expect(server.outbound[0].raw.startsWith('Received: from client.example (localhost [127.0.0.1])\r\n')).toBe(true)
  })

  it('gives every accepted message its own queue id, the same on every run', () => {
    const ids = () => {
      const connection = ready(startServer())
      return [1, 2].map(() => /queued as (\S+)/.exec(script(connection, 'MAIL FROM:<a@example.org>', 'RCPT TO:<bob@example.org>', 'DATA', ...MESSAGE).at(-1) ?? '')?.[1])
    }
    const first = ids()
    expect(first[0]).not.toBe(first[1])
    expect(ids()).toEqual(first)
  })

  it('DATA with an argument is a syntax error', () => {
    const connection = ready(startServer())
    script(connection, 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>')
    expect(codes(connection.send('DATA now'))).toBe('501 5.5.4')
  })

  it('a dropped connection in the middle of DATA delivers nothing (RFC 5321 §3.8)', () => {
    const server = startServer()
    const connection = ready(server)
    script(connection, 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'DATA', 'Subject: lost')
    connection.close()
    expect(server.store.inbox('bob')?.messages).toHaveLength(0)
    expect(connection.send('.')).toBe('')
  })
})

describe('the MTA port (RFC 5321 §3.6.1: no open relay)', () => {
  it('takes mail for local users without AUTH and refuses other domains', () => {
    const server = startServer()
    const connection = ready(server, 'mta')
    connection.send('MAIL FROM:<carol@elsewhere.example>')
    expect(connection.send('RCPT TO:<dave@faraway.example>')).toBe('554 5.7.1 <dave@faraway.example>: Relay access denied\r\n')
    expect(codes(connection.send('RCPT TO:<nobody@example.org>'))).toBe('550 5.1.1')
    expect(codes(connection.send('RCPT TO:<alice@example.org>'))).toBe('250 2.1.5')
    script(connection, 'DATA', ...MESSAGE)
    expect(server.store.inbox('alice')?.messages).toHaveLength(4)
    expect(server.store.inbox('alice')?.messages[3].text).toContain('(Postfix) with ESMTP id ')
    expect(server.outbound).toHaveLength(0)
  })

  it('VRFY answers 252 for a local user and refuses relaying', () => {
    const connection = ready(startServer(), 'mta')
    expect(connection.send('VRFY bob@example.org')).toBe('252 2.0.0 bob@example.org\r\n')
    expect(codes(connection.send('VRFY x@faraway.example'))).toBe('554 5.7.1')
    expect(codes(connection.send('VRFY'))).toBe('501 5.5.4')
  })
})

describe('quota (Dovecot quota-status policy at RCPT, RFC 3463 5.2.2)', () => {
  const tiny = () => startServer([{ name: 'alice', password: 'secret' }, { name: 'bob', password: 'secret', quotaBytes: 600 }])

  it('refuses a recipient whose mailbox is full, at RCPT time', () => {
    const server = tiny()
    // 16 octets of header and blank line, 584 of body: exactly the 600-octet quota.
    expect(server.deliver('bob', `Subject: big\n\n${'x'.repeat(584)}`)).toBeDefined()
    const connection = ready(server)
    connection.send('MAIL FROM:<alice@example.org>')
    expect(connection.send('RCPT TO:<bob@example.org>')).toBe('552 5.2.2 <bob@example.org>: Recipient address rejected: Mailbox is full\r\n')
  })

  it('refuses after DATA when the message itself does not fit, storing nothing', () => {
    const server = tiny()
    const connection = ready(server)
    const replies = script(connection, 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'DATA', 'Subject: big', '', 'x'.repeat(700), '.')
    expect(codes(replies.at(-1) ?? '')).toBe('552 5.2.2')
    expect(server.store.inbox('bob')?.messages).toHaveLength(0)
    expect(codes(connection.send('NOOP'))).toBe('250 2.0.0')
  })
})

describe('errors and limits', () => {
  it('hangs up with 421 at the 20th error (smtpd_hard_error_limit)', () => {
    const connection = startServer().connect('smtp')
    const replies = script(connection, ...Array.from({ length: 20 }, () => 'BOGUS'))
    expect(codes(replies[18])).toBe('500 5.5.2')
    expect(codes(replies[19])).toBe('500 5.5.2 | 421 4.7.0')
    expect(connection.closed).toBe(true)
    expect(connection.send('NOOP')).toBe('')
  })

  it('RSET with an argument is a syntax error; RSET keeps the login', () => {
    const connection = ready(startServer())
    expect(codes(connection.send('RSET now'))).toBe('501 5.5.4')
    expect(codes(connection.send('RSET'))).toBe('250 2.0.0')
    connection.send('MAIL FROM:<alice@example.org>')
    expect(codes(connection.send('RCPT TO:<bob@example.org>'))).toBe('250 2.1.5')
  })

  it('verbs are case-insensitive (RFC 5321 §2.4)', () => {
    const connection = startServer().connect('smtp')
    expect(codes(connection.send('ehlo x')).startsWith('250')).toBe(true)
    expect(codes(connection.send('noop'))).toBe('250 2.0.0')
  })

  it('HELP is not implemented, as in Postfix', () => {
    expect(codes(startServer().connect('smtp').send('HELP'))).toBe('500 5.5.2')
  })

  it('QUIT closes and says 221', () => {
    const connection = startServer().connect('smtp')
    expect(connection.send('QUIT')).toBe('221 2.0.0 Bye\r\n')
    expect(connection.closed).toBe(true)
    expect(connection.state).toBe('closed')
  })
})

describe('state (for the views)', () => {
  it('follows the mail transaction', () => {
    const connection = startServer().connect('smtp')
    const states = [connection.state]
    for (const line of ['EHLO x', ALICE_PLAIN, 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'DATA', 'hi', '.']) {
      connection.send(line)
      states.push(connection.state)
    }
    expect(states).toEqual(['connected', 'greeted', 'greeted', 'sender', 'recipients', 'data', 'data', 'greeted'])
  })
})
