import { storageText } from '@/components/lanes/StorageMeter'
import { formatBytes, serverReplyLines, transcriptText, wireLines } from '@/components/lanes/viewText'
import { imapTranscript } from '@/test/fixtures/views'

describe('viewText', () => {
  it('formats bytes', () => {
    expect(formatBytes(0)).toBe('0 bytes')
    expect(formatBytes(1)).toBe('1 byte')
    expect(formatBytes(623)).toBe('623 bytes')
    expect(formatBytes(1536)).toBe('1.5 kB')
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB')
    expect(storageText(623, 10 * 1024 * 1024)).toBe('623 bytes used of 10 MB')
    expect(storageText(623)).toBe('623 bytes used')
  })

  it('splits wire text into CRLF-free lines', () => {
    expect(wireLines('+OK\r\n')).toEqual(['+OK'])
    expect(wireLines('a\r\n\r\nb\r\n')).toEqual(['a', '', 'b'])
    expect(wireLines('')).toEqual([])
  })

  it('marks POP3 multi-line bodies and IMAP literals', () => {
    expect(serverReplyLines('pop3', '+OK\r\n1 220\r\n.\r\n').map((line) => line.inMultiline)).toEqual([false, true, false])
    const fetch = serverReplyLines('imap', imapTranscript[4].server)
    expect(fetch[0]).toEqual({ text: '* 1 FETCH (UID 1 BODY[] {220}', inMultiline: false })
    expect(fetch.slice(1, -2).every((line) => line.inMultiline)).toBe(true)
    expect(fetch.slice(-2)).toEqual([
      { text: ')', inMultiline: false },
      { text: 'a4 OK Fetch completed.', inMultiline: false },
    ])
  })

  it('writes the transcript as C:/S: text', () => {
    expect(transcriptText([{ client: null, server: '* OK hi\r\n' }, { client: 'a1 NOOP', server: 'a1 OK\r\n' }])).toBe('S: * OK hi\nC: a1 NOOP\nS: a1 OK')
  })
})
