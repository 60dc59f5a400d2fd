import fc from 'fast-check'
import { DEFAULT_QUOTA_BYTES, FIRST_INTERNAL_DATE_SECONDS, MailStore, octetLength, toCrlf } from '@/lib/protocols/mailstore'

const message = (subject: string) => `Subject: ${subject}\n\nHello.\n`

describe('toCrlf and octetLength', () => {
  it.each([
    ['a\nb\n', 'a\r\nb\r\n'],
    ['a\r\nb', 'a\r\nb'],
    ['a\rb', 'a\r\nb'],
    ['a\r\n\nb', 'a\r\n\r\nb'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(toCrlf(input)).toBe(output)
  })

  it('counts octets, not characters', () => {
    expect(octetLength('abc')).toBe(3)
    expect(octetLength('é')).toBe(2)
    expect(octetLength('✉')).toBe(3)
  })
})

describe('MailStore', () => {
  it('stores bare LF as CRLF and sizes messages in octets', () => {
    const store = new MailStore([{ name: 'alice', password: 'secret', messages: ['Subject: Café\n\nHi\n'] }])
    const [stored] = store.inbox('alice')!.messages
    expect(stored.text).toBe('Subject: Café\r\n\r\nHi\r\n')
    expect([...stored.bytes]).toEqual([...new TextEncoder().encode('Subject: Café\r\n\r\nHi\r\n')])
    expect(stored.size).toBe(octetLength(stored.text))
    expect(stored.size).toBe(stored.text.length + 1)
    expect(stored.octets.length).toBe(stored.size)
  })

  it('keeps bytes exactly as given: no line-end change, no decoding', () => {
    const bytes = Uint8Array.from([0x53, 0x3a, 0x20, 0xe9, 0x0a, 0x0a, 0x00, 0xff, 0x0d])
    const store = new MailStore([{ name: 'alice', password: 'secret', messages: [bytes] }])
    const [stored] = store.inbox('alice')!.messages
    expect([...stored.bytes]).toEqual([...bytes])
    expect(stored.size).toBe(9)
    // Not valid UTF-8, so the view shows it as Windows-1252.
    expect(stored.text.slice(0, 4)).toBe('S: é')
  })

  it('gives deterministic internal dates and UIDs, one second and one UID apart', () => {
    const build = () => new MailStore([{ name: 'alice', password: 'secret', messages: [message('a'), message('b')] }])
    const [first, second] = build().inbox('alice')!.messages
    expect(first.internalDate.getTime()).toBe(FIRST_INTERNAL_DATE_SECONDS * 1000)
    expect(second.internalDate.getTime()).toBe((FIRST_INTERNAL_DATE_SECONDS + 1) * 1000)
    expect([first.uid, second.uid]).toEqual([1, 2])
    expect(build().inbox('alice')!.uidValidity).toBe(build().inbox('alice')!.uidValidity)
  })

  it('keeps a given internal date and flags, but never stores \\Recent', () => {
    const date = new Date(Date.UTC(2024, 0, 2, 3, 4, 5))
    const store = new MailStore([{ name: 'alice', password: 'secret', messages: [{ raw: message('a'), internalDate: date, flags: ['\\Seen', '\\Recent', 'work'] }] }])
    const [stored] = store.inbox('alice')!.messages
    expect(stored.internalDate).toEqual(date)
    expect([...stored.flags]).toEqual(['\\Seen', 'work'])
  })

  it('authenticates exactly', () => {
    const store = new MailStore([{ name: 'alice', password: 'secret' }])
    expect(store.authenticate('alice', 'secret')).toBe(true)
    expect(store.authenticate('alice', 'Secret')).toBe(false)
    expect(store.authenticate('Alice', 'secret')).toBe(false)
    expect(store.authenticate('mallory', 'secret')).toBe(false)
  })

  it('treats INBOX case-insensitively and other names exactly (RFC 3501 §5.1)', () => {
    const store = new MailStore([{ name: 'alice', password: 'secret' }])
    expect(store.mailbox('alice', 'inbox')).toBe(store.inbox('alice'))
    expect(store.createMailbox('alice', 'Work').ok).toBe(true)
    expect(store.mailbox('alice', 'work')).toBeUndefined()
    expect(store.createMailbox('alice', 'iNbOx')).toEqual({ ok: false, reason: 'mailbox-exists' })
    expect(store.mailboxNames('alice')).toEqual(['INBOX', 'Work'])
  })

  it.each(['', 'a*b', 'a%b', 'a//b', '/lead', 'trail/', 'tab\there'])('refuses the mailbox name %j', (name) => {
    const store = new MailStore([{ name: 'alice', password: 'secret' }])
    expect(store.createMailbox('alice', name)).toEqual({ ok: false, reason: 'invalid-name' })
  })

  it('never deletes INBOX, and a re-created mailbox gets a new UIDVALIDITY', () => {
    const store = new MailStore([{ name: 'alice', password: 'secret' }])
    expect(store.deleteMailbox('alice', 'INBOX')).toEqual({ ok: false, reason: 'cannot-delete-inbox' })
    const before = (store.createMailbox('alice', 'Work') as { ok: true; value: { uidValidity: number } }).value.uidValidity
    expect(store.deleteMailbox('alice', 'Work').ok).toBe(true)
    expect(store.deleteMailbox('alice', 'Work')).toEqual({ ok: false, reason: 'no-such-mailbox' })
    const after = (store.createMailbox('alice', 'Work') as { ok: true; value: { uidValidity: number } }).value.uidValidity
    expect(after).not.toBe(before)
  })

  it('refuses an append over quota, and counts bytes across mailboxes', () => {
    const store = new MailStore([{ name: 'alice', password: 'secret', quotaBytes: 60, messages: [message('a')] }])
    const used = store.bytesUsed('alice')
    expect(used).toBe(octetLength(toCrlf(message('a'))))
    expect(store.append('alice', 'INBOX', 'x'.repeat(60 - used))).toMatchObject({ ok: true })
    expect(store.append('alice', 'INBOX', 'y')).toEqual({ ok: false, reason: 'over-quota' })
    expect(store.quotaBytes('alice')).toBe(60)
    expect(new MailStore([{ name: 'bob', password: 'x' }]).quotaBytes('bob')).toBe(DEFAULT_QUOTA_BYTES)
  })

  it('answers unknown users and mailboxes without throwing', () => {
    const store = new MailStore([])
    expect(store.append('nobody', 'INBOX', 'x')).toEqual({ ok: false, reason: 'no-such-user' })
    expect(store.bytesUsed('nobody')).toBe(0)
    expect(store.mailboxNames('nobody')).toEqual([])
    const alice = new MailStore([{ name: 'alice', password: 'secret' }])
    expect(alice.append('alice', 'Nope', 'x')).toEqual({ ok: false, reason: 'no-such-mailbox' })
  })

  // RFC 3501 §2.3.1.1: UIDs ascend strictly and are never reused, whatever is appended and expunged.
  it('never reuses a UID', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant('append' as const), fc.nat({ max: 5 })), { maxLength: 60 }), (operations) => {
        const store = new MailStore([{ name: 'alice', password: 'secret' }])
        const inbox = store.inbox('alice')!
        const issued: number[] = []
        for (const operation of operations) {
          if (operation === 'append') {
            const result = store.append('alice', 'INBOX', message('m'))
            if (result.ok) issued.push(result.value.uid)
          } else {
            const victim = inbox.messages[operation]
            if (victim) inbox.expunge([victim.uid])
          }
          const uids = inbox.messages.map((stored) => stored.uid)
          expect(uids).toEqual([...uids].sort((a, b) => a - b))
        }
        expect(new Set(issued).size).toBe(issued.length)
        expect(issued).toEqual([...issued].sort((a, b) => a - b))
        expect(inbox.uidNext).toBe(issued.length + 1)
      }),
    )
  })
})
