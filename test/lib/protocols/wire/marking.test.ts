// lib/protocols/wire/marking.ts: which server lines are POP3 body or IMAP literal data.

import { markServerLines } from '@/lib/protocols/wire'

const marks = (protocol: 'pop3' | 'imap', wire: string) => markServerLines(protocol, wire).map((line) => [line.text, line.inMultiline])

describe('markServerLines', () => {
  it('marks the body of a POP3 multi-line reply, not its +OK line nor its closing "."', () => {
    expect(marks('pop3', '+OK 2 messages:\r\n1 120\r\n2 99\r\n.\r\n')).toEqual([
      ['+OK 2 messages:', false],
      ['1 120', true],
      ['2 99', true],
      ['.', false],
    ])
  })

  it('leaves single-line POP3 replies, -ERR and an unterminated reply alone', () => {
    expect(marks('pop3', '+OK\r\n1 2\r\n')).toEqual([
      ['+OK', false],
      ['1 2', false],
    ])
    expect(marks('pop3', '+OK Logged in.\r\n')).toEqual([['+OK Logged in.', false]])
    expect(marks('pop3', '-ERR Unknown command.\r\n-ERR Too many bad commands.\r\n')).toEqual([
      ['-ERR Unknown command.', false],
      ['-ERR Too many bad commands.', false],
    ])
  })

  it('marks IMAP literal data by octets, so a literal line that looks like a response stays data', () => {
    const body = 'Subject: é\r\na1 OK fake\r\n' // 25 octets: é is two
    const wire = `* 1 FETCH (BODY[] {${new TextEncoder().encode(body).length}}\r\n${body})\r\na1 OK Fetch completed.\r\n`
    expect(marks('imap', wire)).toEqual([
      ['* 1 FETCH (BODY[] {25}', false],
      ['Subject: é', true],
      ['a1 OK fake', true],
      [')', false],
      ['a1 OK Fetch completed.', false],
    ])
  })

  it('does not read a "+" continuation ending in {n} as a literal', () => {
    expect(marks('imap', '+ send {3}\r\nabc\r\n')).toEqual([
      ['+ send {3}', false],
      ['abc', false],
    ])
  })
})

describe('SMTP replies', () => {
  it('are reply lines only, even a multi-line EHLO reply or one that looks like a literal', () => {
    const lines = markServerLines('smtp', '250-mail.example.org\r\n250-SIZE {5}\r\n250 8BITMIME\r\n')
    expect(lines.map((line) => [line.text, line.inMultiline])).toEqual([
      ['250-mail.example.org', false],
      ['250-SIZE {5}', false],
      ['250 8BITMIME', false],
    ])
  })
})
