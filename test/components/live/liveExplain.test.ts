import { liveExplain } from '@/components/live/liveExplain'
import { explainLine } from '@/content/explanations'
import { LIVE_SKIPPED_NOTE, skippedLinesText } from '@/lib/live'

describe('liveExplain', () => {
  it('says the count line of a long reply is not on the wire, and explains every other line as the lab does', () => {
    expect(liveExplain('pop3', 'server', skippedLinesText(123), { previousClientLine: 'RETR 1', inMultiline: true })).toBe(LIVE_SKIPPED_NOTE)
    expect(skippedLinesText(1)).toBe('… 1 more line not shown')
    const body = { previousClientLine: 'RETR 1', inMultiline: true }
    expect(liveExplain('pop3', 'server', '+OK looks like status', body)).toBe(explainLine('pop3', 'server', '+OK looks like status', body))
    expect(liveExplain('imap', 'client', 'a1 LOGIN alice secret')).toBe(explainLine('imap', 'client', 'a1 LOGIN alice secret'))
    // A client line that happens to read like the count line is the client's own: explained as usual.
    expect(liveExplain('pop3', 'client', skippedLinesText(2))).not.toBe(LIVE_SKIPPED_NOTE)
  })
})
