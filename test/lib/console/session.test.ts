import { ConsoleSession } from '@/lib/console/session'
import { FREE_PLAY_WORLD } from '@/content/console/worlds'
import { CONSOLE_DEPS } from '@/components/console/consoleDeps'

const deps = CONSOLE_DEPS

function start() {
  const session = new ConsoleSession(FREE_PLAY_WORLD, deps)
  const tab = session.openTab('pop3')
  const send = (...lines: string[]) => lines.forEach((line) => session.submit(tab.id, line))
  const uids = () => session.server.store.inbox('alice')!.messages.map((m) => m.uid)
  return { session, tab, send, uids }
}

describe('console session over POP3', () => {
  it('names the first tab Phone and shows the greeting', () => {
    const { tab } = start()
    expect(tab.label).toBe('Phone')
    expect(tab.entries[0].text).toMatch(/^\+OK/)
  })

  it('answers help itself, listing the commands of the current state', () => {
    const { session, tab, send } = start()
    send('help')
    const help = session.tab(tab.id)!.entries.at(-1)!
    expect(help.kind).toBe('console')
    expect(help.text).toMatch(/State: AUTHORIZATION/)
    expect(help.text).toMatch(/USER alice/)
    expect(help.text).not.toMatch(/RETR/)
    expect(session.tab(tab.id)!.sent).toEqual([])
    send('USER alice', 'PASS secret', 'help')
    const later = session.tab(tab.id)!.entries.at(-1)!.text
    expect(later).toMatch(/State: TRANSACTION/)
    expect(later).toMatch(/RETR n/)
    expect(later).not.toMatch(/USER alice/)
  })

  it('commits DELE only on QUIT', () => {
    const { session, tab, send, uids } = start()
    send('USER alice', 'PASS secret', 'LIST', 'RETR 1', 'DELE 1')
    expect(uids()).toEqual([1, 2, 3])
    expect(session.tab(tab.id)!.knowledge.pop3Marked).toEqual([1])
    expect(session.tab(tab.id)!.knowledge.messages.map((m) => m.subject)).toEqual(['First test message'])
    send('QUIT')
    expect(uids()).toEqual([2, 3])
    expect(session.tab(tab.id)!.connection.closed).toBe(true)
  })

  it('deletes nothing when the connection is dropped', () => {
    const { session, tab, send, uids } = start()
    send('USER alice', 'PASS secret', 'DELE 2')
    session.drop(tab.id)
    expect(uids()).toEqual([1, 2, 3])
    expect(session.solved.has('pop3-drop')).toBe(true)
    expect(session.announcement).toMatch(/Pull the plug/)
  })

  it('detects the change-your-mind challenge', () => {
    const { session, send } = start()
    send('USER alice', 'PASS secret', 'DELE 1', 'RSET', 'QUIT')
    expect(session.solved.has('pop3-rset')).toBe(true)
  })

  it('gives bad input the server\'s own reply and never throws', () => {
    const { session, tab, send } = start()
    expect(() => send('', 'BOGUS', 'RETR x', '\u0000\u00ff', 'x'.repeat(5000))).not.toThrow()
    const replies = session.tab(tab.id)!.entries.filter((entry) => entry.kind === 'server').slice(1)
    expect(replies.length).toBeGreaterThan(0)
    expect(replies.every((entry) => entry.text.startsWith('-ERR'))).toBe(true)
  })

  it('keeps a closed connection closed and says so', () => {
    const { session, tab, send } = start()
    send('QUIT', 'USER alice')
    expect(session.tab(tab.id)!.entries.at(-1)!.text).toMatch(/Not sent/)
  })

  it('delivers new mail into the INBOX', () => {
    const { session, uids } = start()
    session.deliver()
    expect(uids()).toEqual([1, 2, 3, 4])
  })
})

describe('console session over IMAP', () => {
  function twoDevices() {
    const session = new ConsoleSession(FREE_PLAY_WORLD, deps)
    const phone = session.openTab('imap')
    const laptop = session.openTab('imap')
    const on = (tab: { id: string }) => (...lines: string[]) => lines.forEach((line) => session.submit(tab.id, line))
    const known = (tab: { id: string }) => session.tab(tab.id)!.knowledge.messages.map((m) => `${m.uid}:${m.flags.join(',')}`)
    return { session, phone, laptop, onPhone: on(phone), onLaptop: on(laptop), known }
  }

  it('names the tabs after devices', () => {
    const { phone, laptop } = twoDevices()
    expect([phone.label, laptop.label]).toEqual(['Phone', 'Laptop'])
  })

  it('lists IMAP help by state, with tags', () => {
    const { session, phone, onPhone } = twoDevices()
    onPhone('help')
    expect(session.tab(phone.id)!.entries.at(-1)!.text).toMatch(/a1 LOGIN alice secret/)
    onPhone('a1 LOGIN alice secret', 'help')
    const help = session.tab(phone.id)!.entries.at(-1)!.text
    expect(help).toMatch(/State: authenticated/)
    expect(help).toMatch(/a2 SELECT INBOX/)
    expect(help).not.toMatch(/LOGIN alice/)
  })

  it('tells the laptop of the phone\'s \\Seen only at its NOOP', () => {
    const { session, laptop, onPhone, onLaptop, known } = twoDevices()
    onPhone('a1 LOGIN alice secret', 'a2 SELECT INBOX')
    onLaptop('a1 LOGIN alice secret', 'a2 SELECT INBOX')
    onPhone('a3 STORE 1 +FLAGS (\\Seen)')
    expect(known(laptop)[0]).toBe('1:')
    expect(session.solved.has('imap-sync')).toBe(false)
    onLaptop('a3 NOOP')
    expect(session.tab(laptop.id)!.entries.at(-1)!.text).toMatch(/\* 1 FETCH \(FLAGS \(\\Seen\)\)/)
    expect(known(laptop)[0]).toBe('1:\\Seen')
    expect(session.solved.has('imap-sync')).toBe(true)
  })

  it('pushes new mail to a tab in IDLE at once', () => {
    const { session, phone, onPhone } = twoDevices()
    onPhone('a1 LOGIN alice secret', 'a2 SELECT INBOX', 'a3 IDLE')
    session.deliver()
    expect(session.tab(phone.id)!.entries.at(-1)!.text).toMatch(/\* 4 EXISTS/)
    expect(session.tab(phone.id)!.knowledge.messages.map((m) => m.subject).at(-1)).toBe('New arrival')
    expect(session.solved.has('new-mail')).toBe(true)
  })

  it('reads with BODY.PEEK[] without setting \\Seen', () => {
    const { session, onPhone } = twoDevices()
    onPhone('a1 LOGIN alice secret', 'a2 SELECT INBOX', 'a3 FETCH 2 BODY.PEEK[]')
    expect(session.server.store.inbox('alice')!.messages[1].flags.has('\\Seen')).toBe(false)
    expect(session.solved.has('peek')).toBe(true)
    onPhone('a4 FETCH 2 BODY[]')
    expect(session.server.store.inbox('alice')!.messages[1].flags.has('\\Seen')).toBe(true)
  })

  it('tracks a literal\'s continuation and sends it to the server', () => {
    const { session, phone, onPhone } = twoDevices()
    onPhone('a1 LOGIN {5}')
    expect(session.tab(phone.id)!.literal).toEqual({ remaining: 5, total: 5, nonSynchronizing: false })
    expect(session.tab(phone.id)!.entries.at(-1)!.text).toBe('+ OK\r\n')
    onPhone('alice secret')
    expect(session.tab(phone.id)!.literal).toBeNull()
    expect(session.tab(phone.id)!.connection.state).toBe('authenticated')
    expect(session.tab(phone.id)!.entries.at(-2)).toMatchObject({ kind: 'client', literal: true })
  })

  it('answers garbage with the server\'s BAD, and its BYE after too many', () => {
    const { session, phone, onPhone } = twoDevices()
    expect(() => onPhone('', 'NOTAG', 'a1 FETCH', 'a2 LOGIN "unterminated', '* OK')).not.toThrow()
    const tab = session.tab(phone.id)!
    expect(tab.entries.filter((e) => e.kind === 'server').slice(1).map((e) => e.text.split(' ')[1])).toEqual(
      expect.arrayContaining(['BAD', 'BYE']),
    )
    expect(tab.connection.closed).toBe(true)
    expect(tab.entries.at(-1)!.text).toMatch(/Not sent/)
  })
})

describe('console session robustness', () => {
  it('reports a server that throws instead of crashing', () => {
    const session = new ConsoleSession(FREE_PLAY_WORLD, deps)
    const tab = session.openTab('pop3')
    Object.defineProperty(tab.connection, 'send', {
      value: () => {
        throw new Error('boom')
      },
    })
    expect(() => session.submit(tab.id, 'STAT')).not.toThrow()
    expect(session.tab(tab.id)!.entries.at(-1)!.text).toMatch(/failed on this line: boom/)
  })
})
