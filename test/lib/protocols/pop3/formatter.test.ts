// Table tests for the POP3 formatter (RFC 1939 §3): status lines, response codes, multi-line
// framing and dot-stuffing.

import { dotStuffLine, formatMessageBlock, formatReply } from '@/lib/protocols/pop3/formatter'
import type { Pop3Reply } from '@/lib/protocols/pop3/types'

describe('formatReply', () => {
  it.each<[Pop3Reply, string]>([
    [{ status: '+OK' }, '+OK\r\n'],
    [{ status: '+OK', text: '' }, '+OK\r\n'],
    [{ status: '+OK', text: '3 623' }, '+OK 3 623\r\n'],
    [{ status: '-ERR', text: 'Message is deleted.' }, '-ERR Message is deleted.\r\n'],
    [{ status: '-ERR', code: 'AUTH', text: 'Authentication failed.' }, '-ERR [AUTH] Authentication failed.\r\n'],
    [{ status: '-ERR', code: 'AUTH' }, '-ERR [AUTH]\r\n'],
    [{ status: '+', text: '' }, '+ \r\n'],
    [{ status: '+OK', lines: [] }, '+OK\r\n.\r\n'],
    [{ status: '+OK', text: '2 messages:', lines: ['1 220', '2 211'] }, '+OK 2 messages:\r\n1 220\r\n2 211\r\n.\r\n'],
    [{ status: '+OK', lines: ['.hidden', '..', 'ok'] }, '+OK\r\n..hidden\r\n...\r\nok\r\n.\r\n'],
    [{ status: '-ERR', text: 'Unknown command: A\r\nB' }, '-ERR Unknown command: A??B\r\n'],
    [{ status: '+OK', text: '5 octets', message: 'a\r\nb\r\n' }, '+OK 5 octets\r\na\r\nb\r\n.\r\n'],
  ])('%j', (reply, wire) => {
    expect(formatReply(reply)).toBe(wire)
  })
})

describe('formatMessageBlock (RFC 1939 §3 byte-stuffing)', () => {
  it.each([
    ['Subject: x\r\n\r\nbody\r\n', 'Subject: x\r\n\r\nbody\r\n.\r\n'],
    ['a\r\n.\r\nb\r\n', 'a\r\n..\r\nb\r\n.\r\n'],
    ['a\r\n..two\r\n', 'a\r\n...two\r\n.\r\n'],
    ['.first\r\n', '..first\r\n.\r\n'],
    ['a\r\n.', 'a\r\n..\r\n.\r\n'],
    ['no final line break', 'no final line break\r\n.\r\n'],
    ['', '\r\n.\r\n'],
    ['x.\r\n', 'x.\r\n.\r\n'],
  ])('%j → %j', (text, wire) => {
    expect(formatMessageBlock(text)).toBe(wire)
  })

  it.each([
    ['.', '..'],
    ['x', 'x'],
    ['', ''],
  ])('dotStuffLine(%j) = %j', (line, out) => expect(dotStuffLine(line)).toBe(out))
})
