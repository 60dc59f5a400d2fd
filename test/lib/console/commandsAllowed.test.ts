// lib/console/commandsAllowed.ts: what help and Tab completion offer, per protocol and state.
import { commandsAllowed } from '@/lib/console/commandsAllowed'
import { SMTP_COMMANDS } from '@/lib/protocols'

describe('commandsAllowed', () => {
  it('follows the POP3 and IMAP state tables', () => {
    expect(commandsAllowed('pop3', 'AUTHORIZATION')).toContain('USER')
    expect(commandsAllowed('pop3', 'AUTHORIZATION')).not.toContain('RETR')
    expect(commandsAllowed('imap', 'selected')).toContain('FETCH')
    expect(commandsAllowed('imap', 'not authenticated')).not.toContain('FETCH')
  })

  it('offers every SMTP command while the connection is open, in the order a client uses them', () => {
    const all = ['EHLO', 'HELO', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'RSET', 'NOOP', 'VRFY', 'HELP', 'QUIT']
    expect(SMTP_COMMANDS.map((command) => command.name)).toEqual(all)
    for (const state of ['connected', 'greeted', 'sender', 'recipients'] as const) expect(commandsAllowed('smtp', state)).toEqual(all)
  })

  it('offers no SMTP command while the message is written (every line is content) or once closed', () => {
    expect(commandsAllowed('smtp', 'data')).toEqual([])
    expect(commandsAllowed('smtp', 'closed')).toEqual([])
  })
})
