import { helpLines, isHelpRequest } from '@/lib/console/help'
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
