// The simulated IMAP client throws its cache away when the mailbox's UIDVALIDITY changes
// (RFC 3501 §2.3.1.1: the old UIDs then name nothing), as when a server restored from a backup
// hands out the same UIDs for other messages. Same UIDs, other messages: a client that kept its
// cache would show the old subjects.

import { createActor } from 'xstate'
import { createMailServer, type MailServer } from '@/lib/protocols'
import { createConnectionWire, imapClientMachine, type Exchange } from '@/lib/simulator'
import { BUDGET, INVOICE, STARTER_INBOX } from '@/content/scenarios/mail'

function syncedPhone(servers: { current: MailServer }, offlineCopies: 'headers' | 'full') {
  const transcript: Exchange[] = []
  const wire = createConnectionWire(() => servers.current.connect('imap'), (entry) => transcript.push({ device: 'phone', account: 'alice', ...entry }))
  const phone = createActor(imapClientMachine, { input: { device: 'phone', user: 'alice', password: 'secret', offlineCopies, wire } }).start()
  const sync = () => {
    phone.send({ type: 'client.check' })
    for (let i = 0; i < 100 && phone.getSnapshot().matches('session'); i++) phone.send({ type: 'client.step' })
    expect(phone.getSnapshot().value).toBe('idle')
  }
  return { phone, sync, transcript }
}

const subjects = (phone: { getSnapshot(): { context: { messages: { subject: string; uid: number | null }[] } } }) =>
  phone.getSnapshot().context.messages.map((message) => `${message.uid} ${message.subject}`)

describe('IMAP client cache and UIDVALIDITY', () => {
  for (const offlineCopies of ['headers', 'full'] as const) {
    it(`discards its cache when UIDVALIDITY changes (offline copies: ${offlineCopies})`, () => {
      const original = createMailServer({ users: [{ name: 'alice', password: 'secret', messages: STARTER_INBOX }] })
      // Another mailbox is made first, so alice's INBOX gets a different UIDVALIDITY.
      const restored = createMailServer({ users: [{ name: 'bob', password: 'secret' }, { name: 'alice', password: 'secret', messages: [INVOICE, BUDGET] }] })
      const before = original.store.inbox('alice')!.uidValidity
      const after = restored.store.inbox('alice')!.uidValidity
      expect(after).not.toBe(before)

      const servers = { current: original }
      const { phone, sync, transcript } = syncedPhone(servers, offlineCopies)
      sync()
      expect(subjects(phone)).toEqual(['1 Lunch?', '2 Your train tickets', '3 Photos from Saturday'])
      expect(phone.getSnapshot().context.uidValidity).toBe(before)

      servers.current = restored
      sync()
      expect(transcript.some((exchange) => exchange.server.includes(`[UIDVALIDITY ${after}]`))).toBe(true)
      expect(phone.getSnapshot().context.uidValidity).toBe(after)
      expect(subjects(phone)).toEqual(['1 Invoice 2023-114', '2 Budget review moved'])
    })
  }

  it('keeps its cache when UIDVALIDITY stays the same', () => {
    const servers = { current: createMailServer({ users: [{ name: 'alice', password: 'secret', messages: STARTER_INBOX }] }) }
    const { phone, sync, transcript } = syncedPhone(servers, 'full')
    sync()
    const fetchedBodies = () => transcript.filter((exchange) => /BODY(\.PEEK)?\[\]/.test(exchange.client ?? '')).length
    const bodies = fetchedBodies()
    expect(bodies).toBeGreaterThan(0)
    sync()
    // Nothing is fetched again: the cached bodies are still good.
    expect(fetchedBodies()).toBe(bodies)
    expect(subjects(phone)).toEqual(['1 Lunch?', '2 Your train tickets', '3 Photos from Saturday'])
  })
})
