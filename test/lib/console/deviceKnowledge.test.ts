import type { StoredMessage } from '@/lib/protocols'
import { applyDrop, applyExchange, emptyKnowledge, type ExchangeInput, type StoreReader } from '@/lib/console/deviceKnowledge'

function message(uid: number, flags: string[] = []): StoredMessage {
  const raw = `From: Bob <bob@example.org>\r\nSubject: Message ${uid}\r\n\r\nBody ${uid}\r\n`
  return { uid, bytes: new TextEncoder().encode(raw), octets: raw, text: raw, size: raw.length, internalDate: new Date(0), flags: new Set(flags), unclaimedRecent: false }
}

function storeOf(messages: StoredMessage[]): StoreReader {
  return { mailbox: (_user, name) => (name.toUpperCase() === 'INBOX' ? { messages } : undefined) }
}

const base = { closed: false, user: 'alice' }

describe('device knowledge: POP3', () => {
  const store = storeOf([message(1), message(2), message(3)])
  const step = (k: ReturnType<typeof emptyKnowledge>, input: Partial<ExchangeInput>) =>
    applyExchange(k, { client: null, reply: '+OK', stateBefore: 'TRANSACTION', stateAfter: 'TRANSACTION', ...base, ...input }, store)

  it('fixes the listing at login, keeps RETR copies and tracks DELE marks until RSET', () => {
    let k = step(emptyKnowledge('pop3'), { client: 'PASS secret', stateBefore: 'AUTHORIZATION' })
    expect(k.pop3Listing).toEqual([1, 2, 3])
    k = step(k, { client: 'RETR 2', reply: '+OK 40 octets\r\n...\r\n.\r\n' })
    k = step(k, { client: 'TOP 3 0' })
    expect(k.messages.map((m) => [m.uid, m.subject, m.hasBody])).toEqual([
      [2, 'Message 2', true],
      [3, 'Message 3', false],
    ])
    k = step(k, { client: 'DELE 1' })
    k = step(k, { client: 'DELE 9', reply: '-ERR no such message' })
    expect(k.pop3Marked).toEqual([1])
    expect(step(k, { client: 'RSET' }).pop3Marked).toEqual([])
    expect(applyDrop(k).pop3Marked).toEqual([])
    expect(step(k, { client: 'QUIT', stateAfter: 'UPDATE', closed: true }).pop3Marked).toEqual([])
  })
})

describe('device knowledge: IMAP', () => {
  const messages = [message(1), message(2, ['\\Seen'])]
  const store = storeOf(messages)
  const step = (k: ReturnType<typeof emptyKnowledge>, client: string | null, reply: string) =>
    applyExchange(k, { client, reply, stateBefore: 'selected', stateAfter: 'selected', ...base }, store)

  it('takes the list at SELECT, then follows untagged FETCH, EXISTS and EXPUNGE', () => {
    let k = step(emptyKnowledge('imap'), 'a2 SELECT INBOX', '* 2 EXISTS\r\na2 OK [READ-WRITE] Select completed.\r\n')
    expect(k.mailbox).toBe('INBOX')
    expect(k.messages.map((m) => [m.uid, m.flags])).toEqual([
      [1, []],
      [2, ['\\Seen']],
    ])
    k = step(k, 'a3 NOOP', '* 1 FETCH (FLAGS (\\Seen))\r\na3 OK NOOP completed.\r\n')
    expect(k.messages[0].flags).toEqual(['\\Seen'])
    messages.push(message(3))
    k = step(k, null, '* 3 EXISTS\r\n')
    expect(k.messages.map((m) => m.uid)).toEqual([1, 2, 3])
    k = step(k, 'a4 NOOP', '* 1 EXPUNGE\r\na4 OK\r\n')
    expect(k.messages.map((m) => m.uid)).toEqual([2, 3])
  })

  it('forgets the list when SELECT fails', () => {
    const k = step(emptyKnowledge('imap'), 'a1 SELECT Nope', 'a1 NO Mailbox does not exist\r\n')
    expect(k.mailbox).toBeNull()
    expect(k.messages).toEqual([])
  })
})
