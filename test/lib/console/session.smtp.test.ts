// lib/console/session.ts with SMTP tabs (issue 12 item 6), end to end through a real ConsoleSession over the
// simulated server: send to bob over submission while his IMAP tab idles; the refusal without AUTH;
// help, message content after DATA, and what a drop abandons.
import { ConsoleSession } from '@/lib/console/session'
import { FREE_PLAY_WORLD } from '@/content/console/worlds'
import { CONSOLE_DEPS } from '@/components/console/consoleDeps'
import { plainCredentials } from '@/lib/console'

function start() {
  const session = new ConsoleSession(FREE_PLAY_WORLD, CONSOLE_DEPS)
  const on = (tabId: string) => (...lines: string[]) => lines.forEach((line) => session.submit(tabId, line))
  return { session, on }
}

const MESSAGE = ['From: Alice <alice@example.org>', 'To: Bob <bob@example.org>', 'Subject: Lunch?', '', 'Noon at the usual place?', '.']

describe('console SMTP tab', () => {
  it('opens a submission connection and shows the 220 greeting', () => {
    const { session } = start()
    const tab = session.openTab('smtp')
    expect(tab.protocol).toBe('smtp')
    expect(tab.label).toBe('Phone')
    expect(tab.entries[0].text).toMatch(/^220 mail\.example\.org ESMTP/)
    expect(tab.connection.state).toBe('connected')
  })

  it('sends a message to bob, and his idling IMAP tab hears "* 1 EXISTS" pushed (challenge solved)', () => {
    const { session, on } = start()
    const imap = session.openTab('imap')
    on(imap.id)('a1 LOGIN bob secret', 'a2 SELECT INBOX', 'a3 IDLE')
    const smtp = session.openTab('smtp')
    const send = on(smtp.id)
    send('EHLO laptop.example', `AUTH PLAIN ${plainCredentials('alice', 'secret')}`, 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'DATA')
    expect(session.tab(smtp.id)!.connection.state).toBe('data')
    expect(session.solved.has('smtp-push')).toBe(false)
    send(...MESSAGE)

    const sent = session.tab(smtp.id)!
    expect(sent.exchanges.at(-1)).toMatchObject({ client: '.', reply: expect.stringMatching(/^250 2\.0\.0 Ok: queued as /) })
    // The message lines are marked as content; the commands are not.
    expect(sent.entries.filter((e) => e.kind === 'client' && e.content).map((e) => e.text)).toEqual(MESSAGE)
    expect(sent.entries.find((e) => e.text === 'DATA')?.content).toBeUndefined()
    // After 354 the console says how to write the message.
    const afterData = sent.entries.findIndex((e) => e.kind === 'server' && e.text.startsWith('354'))
    expect(sent.entries[afterData + 1]).toMatchObject({ kind: 'console', text: expect.stringMatching(/only "\."/) })

    const bobTab = session.tab(imap.id)!
    expect(bobTab.exchanges.at(-1)).toMatchObject({ via: 'push', reply: expect.stringMatching(/^\* 1 EXISTS/) })
    expect(bobTab.entries.at(-1)!.text).toMatch(/\* 1 EXISTS/)
    expect(bobTab.knowledge.messages.map((m) => m.subject)).toEqual(['Lunch?'])
    expect(session.server.store.inbox('bob')!.messages).toHaveLength(1)
    expect(session.solved.has('smtp-push')).toBe(true)
    expect(session.announcement).toMatch(/Send it, see it arrive/)
  })

  it('does not count a push to alice, or a send without a push, as the bob challenge', () => {
    const { session, on } = start()
    const imap = session.openTab('imap')
    on(imap.id)('a1 LOGIN alice secret', 'a2 SELECT INBOX', 'a3 IDLE')
    const smtp = session.openTab('smtp')
    on(smtp.id)('EHLO x', `AUTH PLAIN ${plainCredentials('alice', 'secret')}`, 'MAIL FROM:<alice@example.org>', 'RCPT TO:<alice@example.org>', 'DATA', ...MESSAGE)
    expect(session.tab(imap.id)!.exchanges.at(-1)?.via).toBe('push')
    expect(session.solved.has('smtp-push')).toBe(false)
  })

  it('refuses a recipient without AUTH with 554 5.7.1 (challenge solved), and delivers nothing', () => {
    const { session, on } = start()
    const smtp = session.openTab('smtp')
    on(smtp.id)('EHLO laptop.example', 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'DATA')
    const replies = session.tab(smtp.id)!.exchanges.map((e) => e.reply)
    expect(replies.at(-2)).toMatch(/^554 5\.7\.1 <bob@example\.org>: Recipient address rejected: Access denied/)
    expect(replies.at(-1)).toMatch(/^554 5\.5\.1/)
    expect(session.server.store.inbox('bob')!.messages).toHaveLength(0)
    expect(session.solved.has('smtp-no-auth')).toBe(true)
    expect(session.announcement).toMatch(/Send without logging in/)
  })

  it('answers "?" itself but sends HELP to the server, which does not implement it', () => {
    const { session, on } = start()
    const smtp = session.openTab('smtp')
    on(smtp.id)('?')
    const help = session.tab(smtp.id)!.entries.at(-1)!
    expect(help.kind).toBe('console')
    expect(help.text).toMatch(/not sent to the SMTP server/)
    expect(help.text).toMatch(/MAIL FROM:<alice@example\.org>/)
    expect(help.text).toContain(`AUTH PLAIN ${plainCredentials('alice', 'secret')}`)
    expect(help.text).toContain(`AUTH PLAIN ${plainCredentials('bob', 'secret')}`)
    expect(help.text).toMatch(/every line you type is part of the message/)
    on(smtp.id)('HELP')
    expect(session.tab(smtp.id)!.exchanges.at(-1)).toMatchObject({ client: 'HELP', reply: '500 5.5.2 Error: command not recognized\r\n' })
  })

  it('sends "?" and "help" as message text while writing a message', () => {
    const { session, on } = start()
    const smtp = session.openTab('smtp')
    on(smtp.id)('EHLO x', `AUTH PLAIN ${plainCredentials('alice', 'secret')}`, 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'DATA', 'Subject: q', '', '?', 'help', '.')
    expect(session.tab(smtp.id)!.entries.filter((e) => e.kind === 'console' && /Console help/.test(e.text))).toHaveLength(0)
    expect(session.server.store.inbox('bob')!.messages[0].text).toMatch(/\r\n\?\r\nhelp\r\n$/)
  })

  it('a drop in the middle of a message delivers nothing, and says so', () => {
    const { session, on } = start()
    const smtp = session.openTab('smtp')
    on(smtp.id)('EHLO x', `AUTH PLAIN ${plainCredentials('alice', 'secret')}`, 'MAIL FROM:<alice@example.org>', 'RCPT TO:<bob@example.org>', 'DATA', 'Subject: lost')
    session.drop(smtp.id)
    expect(session.server.store.inbox('bob')!.messages).toHaveLength(0)
    expect(session.tab(smtp.id)!.entries.at(-1)!.text).toMatch(/Nothing is delivered/i)
  })

  it('queues mail for another domain as outbound instead of delivering it here', () => {
    const { session, on } = start()
    const smtp = session.openTab('smtp')
    on(smtp.id)('EHLO x', `AUTH PLAIN ${plainCredentials('alice', 'secret')}`, 'MAIL FROM:<alice@example.org>', 'RCPT TO:<carol@example.net>', 'DATA', 'Subject: away', '', 'hi', '.')
    expect(session.server.outbound.map((m) => m.recipients)).toEqual([['carol@example.net']])
  })
})
