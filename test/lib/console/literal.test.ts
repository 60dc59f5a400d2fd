import { afterLine, literalAtEnd, literalPrompt } from '@/lib/console/literal'

describe('literals', () => {
  it('finds {n} and {n+} at the end of a line only', () => {
    expect(literalAtEnd('a1 LOGIN {5}')).toEqual({ remaining: 5, total: 5, nonSynchronizing: false })
    expect(literalAtEnd('a1 APPEND INBOX {310+}')).toEqual({ remaining: 310, total: 310, nonSynchronizing: true })
    expect(literalAtEnd('a1 LOGIN {5} x')).toBeNull()
    expect(literalAtEnd('a1 NOOP')).toBeNull()
  })

  it('follows a literal that ends inside a line, and one that opens after it', () => {
    let pending = afterLine(null, 'a1 LOGIN {5}')
    expect(pending?.remaining).toBe(5)
    pending = afterLine(pending, 'alice {6}')
    expect(pending).toEqual({ remaining: 6, total: 6, nonSynchronizing: false })
    pending = afterLine(pending, 'secret')
    expect(pending).toBeNull()
  })

  it('counts each line of multi-line data with its CRLF', () => {
    // "Subject: hi\r\n\r\nyo\r\n" is 13 + 2 + 4 = 19 octets
    let pending = afterLine(null, 'a2 APPEND INBOX {19}')
    pending = afterLine(pending, 'Subject: hi')
    expect(pending?.remaining).toBe(6)
    pending = afterLine(pending, '')
    expect(pending?.remaining).toBe(4)
    pending = afterLine(pending, 'yo')
    expect(pending?.remaining).toBe(0)
    expect(literalPrompt(pending!)).toMatch(/rest of the command/)
    expect(afterLine(pending, '')).toBeNull()
  })

  it('prompts with the octets still owed', () => {
    expect(literalPrompt({ remaining: 3, total: 5, nonSynchronizing: false })).toMatch(/3 of 5 octets/)
  })
})
