import { helpLines, isHelpRequest, plainCredentials } from '@/lib/console/help'
import { COMMAND_SYNTAX, HELP_WORDS } from '@/content/console/syntax'

const words = { syntax: COMMAND_SYNTAX, ...HELP_WORDS }

describe('help', () => {
  it('recognises help and ? only', () => {
    expect(isHelpRequest(' HELP ')).toBe(true)
    expect(isHelpRequest('?')).toBe(true)
    expect(isHelpRequest('a1 HELP')).toBe(false)
  })

  it('lists the allowed commands with their syntax and summary', () => {
    const lines = helpLines({
      words,
      protocol: 'pop3',
      state: 'AUTHORIZATION',
      closed: false,
      allowed: ['USER', 'PASS', 'QUIT'],
      summarize: (verb) => (verb === 'USER' ? 'Names the mailbox.' : undefined),
    })
    expect(lines[0]).toMatch(/State: AUTHORIZATION/)
    expect(lines).toContain('  USER alice — Names the mailbox.')
    expect(lines).toContain('  PASS secret')
    expect(lines.join('\n')).not.toMatch(/RETR/)
  })

  it('adds the tag to IMAP examples and explains tags', () => {
    const lines = helpLines({ words, protocol: 'imap', state: 'authenticated', closed: false, allowed: ['SELECT'], tag: 'a3' })
    expect(lines).toContain('  a3 SELECT INBOX')
    expect(lines.join('\n')).toMatch(/tag/)
  })

  it('says when the connection is closed', () => {
    expect(helpLines({ words, protocol: 'imap', state: 'logout', closed: true, allowed: [] }).join('\n')).toMatch(/closed/)
  })
})

describe('help over SMTP', () => {
  it('takes only "?" as the console\'s help: HELP is an SMTP command', () => {
    expect(isHelpRequest('?', 'smtp')).toBe(true)
    expect(isHelpRequest('help', 'smtp')).toBe(false)
    expect(isHelpRequest('HELP', 'smtp')).toBe(false)
    expect(isHelpRequest('help', 'imap')).toBe(true)
  })

  it('shows the usual order, what DATA does, and an AUTH PLAIN line per user', () => {
    const lines = helpLines({ words, protocol: 'smtp', state: 'greeted', closed: false, allowed: ['EHLO', 'MAIL'], logins: [{ name: 'alice', password: 'secret' }] })
    expect(lines[0]).toMatch(/not sent to the SMTP server\). State: greeted/)
    expect(lines).toContain('  MAIL FROM:<alice@example.org>')
    expect(lines.join('\n')).toMatch(/EHLO, AUTH, MAIL FROM, RCPT TO, DATA/)
    expect(lines.join('\n')).toMatch(/To log in as alice, type: AUTH PLAIN AGFsaWNlAHNlY3JldA==/)
  })

  it('encodes AUTH PLAIN credentials as RFC 4616 asks (as the recorded Postfix session sent them)', () => {
    expect(plainCredentials('alice', 'secret')).toBe('AGFsaWNlAHNlY3JldA==')
    expect(plainCredentials('alice', 'wrong')).toBe('AGFsaWNlAHdyb25n')
    expect(plainCredentials('bob', 'secret')).toBe(Buffer.from('\0bob\0secret').toString('base64'))
    expect(plainCredentials('zoë', 'pässword1')).toBe(Buffer.from('\0zoë\0pässword1', 'utf8').toString('base64'))
  })
})
