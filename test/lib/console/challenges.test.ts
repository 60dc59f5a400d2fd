import type { StoredMessage } from '@/lib/protocols'
import { solvedChallenges, type CheckExchange, type CheckTab } from '@/lib/console/challenges'

function message(uid: number, flags: string[] = []): StoredMessage {
  return { uid, bytes: new Uint8Array(), octets: '', text: '', size: 0, internalDate: new Date(0), flags: new Set(flags), unclaimedRecent: false }
}
const ex = (client: string | null, reply: string, via: CheckExchange['via'] = 'command'): CheckExchange => ({ client, reply, via })
const tab = (protocol: 'pop3' | 'imap', exchanges: CheckExchange[], extra: Partial<CheckTab> = {}): CheckTab => ({
  protocol,
  exchanges,
  dropped: false,
  markedAtDrop: [],
  ...extra,
})
const inbox = [message(1), message(2), message(3)]

describe('challenge checks', () => {
  it('solves nothing at the start', () => {
    expect(solvedChallenges({ inbox, tabs: [tab('pop3', [ex(null, '+OK ready\r\n', 'greeting')])] })).toEqual([])
  })

  it('peek: message 2 fetched with its body and still unseen', () => {
    const tabs = [tab('imap', [ex('a3 FETCH 2 BODY.PEEK[]', '* 2 FETCH (BODY[] {2}\r\nhi)\r\na3 OK\r\n')])]
    expect(solvedChallenges({ inbox, tabs })).toContain('peek')
    expect(solvedChallenges({ inbox: [message(1), message(2, ['\\Seen'])], tabs })).not.toContain('peek')
  })

  it('pop3-rset: DELE 1, RSET, QUIT and message 1 kept', () => {
    const tabs = [tab('pop3', [ex('DELE 1', '+OK'), ex('RSET', '+OK'), ex('QUIT', '+OK bye')])]
    expect(solvedChallenges({ inbox, tabs })).toContain('pop3-rset')
    expect(solvedChallenges({ inbox: [message(2)], tabs })).not.toContain('pop3-rset')
    const noRset = [tab('pop3', [ex('DELE 1', '+OK'), ex('QUIT', '+OK bye')])]
    expect(solvedChallenges({ inbox, tabs: noRset })).not.toContain('pop3-rset')
  })

  it('imap-sync: a second IMAP tab hears of \\Seen in an untagged FETCH at NOOP', () => {
    const phone = tab('imap', [ex('a3 STORE 1 +FLAGS (\\Seen)', '* 1 FETCH (FLAGS (\\Seen))\r\na3 OK\r\n')])
    const laptop = tab('imap', [ex('a3 NOOP', '* 1 FETCH (FLAGS (\\Seen))\r\na3 OK\r\n')])
    expect(solvedChallenges({ inbox, tabs: [phone] })).not.toContain('imap-sync')
    expect(solvedChallenges({ inbox, tabs: [phone, tab('imap', [])] })).not.toContain('imap-sync')
    expect(solvedChallenges({ inbox, tabs: [phone, laptop] })).toContain('imap-sync')
  })

  it('new-mail: EXISTS heard outside SELECT', () => {
    const selectOnly = tab('imap', [ex('a2 SELECT INBOX', '* 3 EXISTS\r\na2 OK\r\n')])
    expect(solvedChallenges({ inbox, tabs: [selectOnly] })).not.toContain('new-mail')
    const pushed = tab('imap', [ex(null, '* 4 EXISTS\r\n', 'push')])
    expect(solvedChallenges({ inbox, tabs: [pushed] })).toContain('new-mail')
  })

  it('pop3-drop: marked messages survive a drop', () => {
    const dropped = tab('pop3', [ex('DELE 2', '+OK')], { dropped: true, markedAtDrop: [2] })
    expect(solvedChallenges({ inbox, tabs: [dropped] })).toContain('pop3-drop')
    expect(solvedChallenges({ inbox, tabs: [{ ...dropped, markedAtDrop: [] }] })).not.toContain('pop3-drop')
  })
})

describe('SMTP challenge checks', () => {
  const queued = ex('.', '250 2.0.0 Ok: queued as 1\r\n')
  const exists = ex(null, '* 1 EXISTS\r\n* 1 RECENT\r\n', 'push')
  const smtp = (exchanges: CheckExchange[]): CheckTab => ({ protocol: 'smtp', exchanges, dropped: false, markedAtDrop: [] })

  it('smtp-push: a message queued over SMTP and "* n EXISTS" pushed to an IMAP tab logged in as bob', () => {
    expect(solvedChallenges({ inbox, tabs: [smtp([queued]), tab('imap', [exists], { user: 'bob' })] })).toContain('smtp-push')
    expect(solvedChallenges({ inbox, tabs: [smtp([queued]), tab('imap', [exists], { user: 'alice' })] })).not.toContain('smtp-push')
    expect(solvedChallenges({ inbox, tabs: [tab('imap', [exists], { user: 'bob' })] })).not.toContain('smtp-push')
    // EXISTS in reply to bob's own NOOP is not a push.
    const asked = tab('imap', [ex('a4 NOOP', '* 1 EXISTS\r\na4 OK\r\n')], { user: 'bob' })
    expect(solvedChallenges({ inbox, tabs: [smtp([queued]), asked] })).not.toContain('smtp-push')
    // A refused message is not a send.
    expect(solvedChallenges({ inbox, tabs: [smtp([ex('.', '552 5.3.4 Error: message file too big\r\n')]), tab('imap', [exists], { user: 'bob' })] })).not.toContain('smtp-push')
  })

  it('smtp-no-auth: a RCPT refused with 554 5.7.1', () => {
    const refused = ex('RCPT TO:<bob@example.org>', '554 5.7.1 <bob@example.org>: Recipient address rejected: Access denied\r\n')
    expect(solvedChallenges({ inbox, tabs: [smtp([refused])] })).toContain('smtp-no-auth')
    expect(solvedChallenges({ inbox, tabs: [smtp([ex('RCPT TO:<nobody@example.org>', '550 5.1.1 <nobody@example.org>: User unknown\r\n')])] })).not.toContain('smtp-no-auth')
    expect(solvedChallenges({ inbox, tabs: [smtp([ex('RCPT TO:<bob@example.org>', '250 2.1.5 Ok\r\n')])] })).not.toContain('smtp-no-auth')
  })
})
