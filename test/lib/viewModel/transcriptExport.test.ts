import { transcriptText } from '@/lib/viewModel/transcriptExport'

describe('transcriptText', () => {
  it('writes the transcript as C:/S: text', () => {
    expect(transcriptText([{ client: null, server: '* OK hi\r\n' }, { client: 'a1 NOOP', server: 'a1 OK\r\n' }])).toBe('S: * OK hi\nC: a1 NOOP\nS: a1 OK')
  })
})
