import { pop3CommandsAllowed } from '@/lib/protocols/pop3'
import type { Pop3State } from '@/lib/protocols'
import { ConsoleSession, type ConsoleDeps } from '@/components/console/model/session'
import { FREE_PLAY_WORLD } from '@/content/console/worlds'
import { createPop3OnlyServer } from '../helpers/pop3Server'

const deps: ConsoleDeps = {
  createServer: createPop3OnlyServer,
  allowed: (_protocol, state) => pop3CommandsAllowed(state as Pop3State),
}

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
