import { MailStore, type MailboxChange } from '@/lib/protocols/mailstore'

function inboxWith(count: number) {
  const store = new MailStore([
    { name: 'alice', password: 'secret', messages: Array.from({ length: count }, (_, i) => `Subject: ${i + 1}\n\nBody\n`) },
  ])
  return { store, inbox: store.inbox('alice')! }
}

describe('Mailbox', () => {
  it('tells watchers of appends, flag changes and expunges, with their origin', () => {
    const { store, inbox } = inboxWith(2)
    const seen: MailboxChange[] = []
    const stop = inbox.subscribe((change) => seen.push(change))
    store.append('alice', 'INBOX', 'Subject: 3\n\nBody\n', { origin: 7 })
    inbox.setFlags(1, ['\\Seen'], 8)
    inbox.expunge([2, 99], 9)
    expect(seen).toEqual([
      { kind: 'append', uid: 3, origin: 7 },
      { kind: 'flags', uid: 1, origin: 8 },
      { kind: 'expunge', uids: [2], origin: 9 },
    ])
    stop()
    inbox.setFlags(1, [], 8)
    expect(seen).toHaveLength(3)
  })

  it('says nothing when flags do not change, and never stores \\Recent', () => {
    const { inbox } = inboxWith(1)
    const seen: MailboxChange[] = []
    inbox.subscribe((change) => seen.push(change))
    expect(inbox.setFlags(1, ['\\Recent'])).toBe(true)
    expect(seen).toEqual([])
    inbox.setFlags(1, ['\\Seen', '\\Recent'])
    inbox.setFlags(1, ['\\Seen'])
    expect(seen).toHaveLength(1)
    expect([...inbox.byUid(1)!.flags]).toEqual(['\\Seen'])
    expect(inbox.setFlags(42, ['\\Seen'])).toBe(false)
  })

  it('gives \\Recent to one claimer only (RFC 3501 §2.3.2)', () => {
    const { inbox } = inboxWith(3)
    expect(inbox.claimRecent(2)).toBe(true)
    expect(inbox.claimRecent(2)).toBe(false)
    expect(inbox.byUid(2)!.unclaimedRecent).toBe(false)
    expect(inbox.claimRecent(1)).toBe(true)
    expect(inbox.claimRecent(99)).toBe(false)
  })

  it('keeps \\Recent claims right across expunges and new mail', () => {
    const { store, inbox } = inboxWith(3)
    inbox.expunge([1]) // an unclaimed message goes
    expect(inbox.claimRecent(2)).toBe(true)
    expect(inbox.claimRecent(3)).toBe(true)
    // Nothing left to claim, until new mail arrives.
    expect(inbox.claimRecent(3)).toBe(false)
    const arrived = store.append('alice', 'INBOX', 'Subject: 4\n\nBody\n')
    expect(arrived.ok && inbox.claimRecent(arrived.value.uid)).toBe(true)
  })

  it('still lets every unclaimed message be claimed after a claimed one is expunged', () => {
    const { inbox } = inboxWith(3)
    expect(inbox.claimRecent(1)).toBe(true)
    inbox.expunge([1])
    expect(inbox.claimRecent(2)).toBe(true)
    expect(inbox.claimRecent(3)).toBe(true)
  })

  it('finds messages by UID and sums their bytes', () => {
    const { inbox } = inboxWith(50)
    inbox.expunge([10, 20, 30])
    expect(inbox.byUid(20)).toBeUndefined()
    expect(inbox.byUid(21)?.uid).toBe(21)
    expect(inbox.messages).toHaveLength(47)
    expect(inbox.bytesUsed).toBe(inbox.messages.reduce((total, message) => total + message.size, 0))
  })
})
