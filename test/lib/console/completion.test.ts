import { completeLine } from '@/lib/console/completion'
import { commandsAllowed } from '@/lib/console/commandsAllowed'
import { nextTag, splitTag } from '@/lib/console/tags'

const POP3 = ['USER', 'PASS', 'AUTH', 'CAPA', 'QUIT']
const IMAP = ['CAPABILITY', 'NOOP', 'LOGOUT', 'LOGIN', 'SELECT', 'STATUS', 'STORE', 'UID FETCH', 'UID STORE']

describe('tags', () => {
  it('suggests a1 first, then one past the highest aN sent', () => {
    expect(nextTag([])).toBe('a1')
    expect(nextTag(['a1 LOGIN alice secret', 'x7 NOOP', 'A4 NOOP', 'DONE'])).toBe('a5')
  })

  it('splits the tag from the command', () => {
    expect(splitTag('a1 SELECT INBOX')).toEqual({ tag: 'a1', rest: 'SELECT INBOX' })
    expect(splitTag('DONE')).toEqual({ tag: 'DONE', rest: '' })
  })
})

describe('completion', () => {
  it('completes a unique POP3 command name, case-insensitively', () => {
    expect(completeLine('us', 'pop3', POP3)).toEqual({ text: 'USER ', options: [] })
    expect(completeLine('q', 'pop3', POP3).text).toBe('QUIT ')
  })

  it('lists the candidates when several match', () => {
    expect(completeLine('CA', 'pop3', POP3)).toEqual({ text: 'CAPA ', options: [] })
    expect(completeLine('', 'pop3', POP3).options).toEqual(POP3)
    expect(completeLine('LOG', 'imap', IMAP)).toEqual({ text: 'a1 LOG', options: ['LOGOUT', 'LOGIN'] })
  })

  it('leaves arguments alone', () => {
    expect(completeLine('USER al', 'pop3', POP3)).toEqual({ text: 'USER al', options: [] })
  })

  it('fills the next IMAP tag on an empty line and in front of a bare command', () => {
    expect(completeLine('', 'imap', IMAP, ['a1 LOGIN alice secret'])).toEqual({ text: 'a2 ', options: [] })
    expect(completeLine('sel', 'imap', IMAP, ['a1 LOGIN alice secret']).text).toBe('a2 SELECT ')
  })

  it('completes after a tag, including two-word UID commands', () => {
    expect(completeLine('a3 no', 'imap', IMAP).text).toBe('a3 NOOP ')
    expect(completeLine('a3 UID F', 'imap', IMAP).text).toBe('a3 UID FETCH ')
    expect(completeLine('a3 ST', 'imap', IMAP)).toEqual({ text: 'a3 ST', options: ['STATUS', 'STORE'] })
  })

  it('leaves a word that is no command alone', () => {
    expect(completeLine('zz', 'imap', IMAP)).toEqual({ text: 'zz', options: [] })
  })
})

describe('completion over SMTP', () => {
  const commands = commandsAllowed('smtp', 'greeted')

  it('completes verbs like POP3, and MAIL and RCPT to their path form', () => {
    expect(completeLine('eh', 'smtp', commands)).toEqual({ text: 'EHLO ', options: [] })
    expect(completeLine('ma', 'smtp', commands)).toEqual({ text: 'MAIL FROM:<', options: [] })
    expect(completeLine('RCPT', 'smtp', commands)).toEqual({ text: 'RCPT TO:<', options: [] })
    expect(completeLine('mail ', 'smtp', commands)).toEqual({ text: 'MAIL FROM:<', options: [] })
    expect(completeLine('MAIL FROM:<a', 'smtp', commands)).toEqual({ text: 'MAIL FROM:<a', options: [] })
    expect(completeLine('h', 'smtp', commands)).toEqual({ text: 'HEL', options: ['HELO', 'HELP'] })
  })

  it('completes nothing while the message is written', () => {
    expect(completeLine('ma', 'smtp', commandsAllowed('smtp', 'data'))).toEqual({ text: 'ma', options: [] })
  })
})
