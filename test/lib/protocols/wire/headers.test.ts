// lib/protocols/wire/headers.ts: the header summary a mail list shows.

import { headerField, headerSection, summarizeHeader } from '@/lib/protocols/wire'

const RAW = 'From: "Bob Example" <bob@example.org>\r\nSubject: Lunch\r\n  on Friday?\r\nMessage-ID: <m1@example.org>\r\n\r\nBody é\r\n'

describe('summarizeHeader', () => {
  it('reads Subject (unfolded), From, its display name, Message-ID and the header octets', () => {
    expect(summarizeHeader(RAW)).toEqual({
      subject: 'Lunch on Friday?',
      from: '"Bob Example" <bob@example.org>',
      fromName: 'Bob Example',
      messageId: '<m1@example.org>',
      headerBytes: RAW.indexOf('Body'),
    })
  })

  it('falls back to the bare address, and to empty fields', () => {
    expect(summarizeHeader('From: <x@example.org>\r\n\r\n').fromName).toBe('x@example.org')
    expect(summarizeHeader('')).toMatchObject({ subject: '', from: '', messageId: '', headerBytes: 0 })
  })

  it('takes the whole text as header when there is no empty line, and reads only the header', () => {
    expect(headerSection('Subject: a\r\n')).toBe('Subject: a\r\n')
    expect(headerField(headerSection('X: 1\r\n\r\nSubject: in body\r\n'), 'Subject')).toBe('')
  })
})
