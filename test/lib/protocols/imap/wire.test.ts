// Self-tests of the IMAP conformance comparator and well-formedness check (wire.ts): each is fed a
// deliberately broken reply and must report it, so a passing conformance or fuzz run means something.

import { checkWellFormed, compareReply, fetchProblem, newNormaliseState, type NormaliseState } from './wire'
import { CAPABILITIES_AFTER_LOGIN, CAPABILITIES_BEFORE_LOGIN } from './pinnedCapabilities'

const GOOD_FETCH = '* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent) RFC822.SIZE 220)\r\na1 OK Fetch completed.\r\n'
const GOOD_LITERAL = '* 2 FETCH (FLAGS (\\Seen) BODY[] {5}\r\nHello)\r\na2 OK Fetch completed.\r\n'

/** True when the comparator accepts `ours` against `recorded` (what conformance.test.ts asserts). */
function accepted(recorded: string, ours: string, state: NormaliseState = newNormaliseState()): boolean {
  const { expected, actual, problems } = compareReply(recorded, ours, state)
  return problems.length === 0 && JSON.stringify(expected) === JSON.stringify(actual)
}

describe('IMAP comparator self-test: FETCH responses', () => {
  it('accepts the correct replies, with items and flags in another order', () => {
    expect(accepted(GOOD_FETCH, GOOD_FETCH)).toBe(true)
    expect(accepted(GOOD_FETCH, '* 1 FETCH (RFC822.SIZE 220 FLAGS (\\Recent \\Seen) UID 1)\r\na1 OK Done.\r\n')).toBe(true)
    expect(accepted(GOOD_LITERAL, GOOD_LITERAL)).toBe(true)
  })

  const broken: [string, string][] = [
    ['the final ) missing', '* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent) RFC822.SIZE 220\r\na1 OK Fetch completed.\r\n'],
    ['an extra )))', '* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent) RFC822.SIZE 220)))\r\na1 OK Fetch completed.\r\n'],
    ['FLAGS(…) glued, with trailing junk', '* 1 FETCH (UID 1 FLAGS(\\Seen \\Recent)junk RFC822.SIZE 220)\r\na1 OK Fetch completed.\r\n'],
    ['a dangling RFC822.SIZE', '* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent) RFC822.SIZE)\r\na1 OK Fetch completed.\r\n'],
    ['a second list after the first', '* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent) RFC822.SIZE 220) (UID 2)\r\na1 OK Fetch completed.\r\n'],
    ['FLAGS not a list', '* 1 FETCH (UID 1 FLAGS \\Seen RFC822.SIZE 220)\r\na1 OK Fetch completed.\r\n'],
    ['two spaces between items', '* 1 FETCH (UID 1  FLAGS (\\Seen \\Recent) RFC822.SIZE 220)\r\na1 OK Fetch completed.\r\n'],
    ['a space before )', '* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent) RFC822.SIZE 220 )\r\na1 OK Fetch completed.\r\n'],
    ['an unterminated quoted string', '* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent) RFC822.SIZE 220 INTERNALDATE "1-Jan)\r\na1 OK Fetch completed.\r\n'],
    ['a wrong size', '* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent) RFC822.SIZE 221)\r\na1 OK Fetch completed.\r\n'],
    ['a missing flag', '* 1 FETCH (UID 1 FLAGS (\\Recent) RFC822.SIZE 220)\r\na1 OK Fetch completed.\r\n'],
  ]
  for (const [what, reply] of broken) {
    it(`rejects ${what}`, () => {
      expect(accepted(GOOD_FETCH, reply)).toBe(false)
    })
  }

  it('rejects a literal whose ) is missing after the octets', () => {
    expect(accepted(GOOD_LITERAL, '* 2 FETCH (FLAGS (\\Seen) BODY[] {5}\r\nHello\r\na2 OK Fetch completed.\r\n')).toBe(false)
  })

  it('fetchProblem and checkWellFormed report a malformed FETCH, and pass a good one', () => {
    for (const [, reply] of broken.slice(0, 9)) {
      expect(fetchProblem(reply.split('\r\n')[0])).toBeDefined()
      expect(checkWellFormed(reply, 'a1')).toBeDefined()
    }
    expect(checkWellFormed(GOOD_FETCH, 'a1')).toBeUndefined()
    expect(checkWellFormed(GOOD_LITERAL, 'a2')).toBeUndefined()
  })
})

describe('IMAP comparator self-test: status, tags and literals', () => {
  it('rejects another status word, and another response code', () => {
    expect(accepted('a1 OK [READ-WRITE] Select completed.\r\n', 'a1 NO [READ-WRITE] Select completed.\r\n')).toBe(false)
    expect(accepted('a1 OK [READ-WRITE] Select completed.\r\n', 'a1 OK [READ-ONLY] Select completed.\r\n')).toBe(false)
    expect(accepted('a1 OK [READ-WRITE] Select completed.\r\n', 'a1 OK [READ-WRITE] Other words.\r\n')).toBe(true)
  })

  it('checkWellFormed rejects a wrong tag, a line without CRLF, and a literal running past the reply', () => {
    expect(checkWellFormed('b1 OK Done.\r\n', 'a1')).toMatch(/unexpected response/)
    expect(checkWellFormed('a1 OK Done.', 'a1')).toMatch(/without CRLF/)
    expect(checkWellFormed('* 1 FETCH (BODY[] {50}\r\nshort)\r\n', 'a1')).toMatch(/runs past/)
    expect(checkWellFormed('a1 OK Done.\r\n', 'a1')).toBeUndefined()
  })
})

describe('IMAP comparator self-test: capability lists', () => {
  const dovecot = `${CAPABILITIES_AFTER_LOGIN.join(' ')} SORT THREAD=REFERENCES CONDSTORE`

  it('accepts exactly the pinned lists', () => {
    expect(accepted(`* CAPABILITY ${dovecot}\r\n`, `* CAPABILITY ${CAPABILITIES_AFTER_LOGIN.join(' ')}\r\n`)).toBe(true)
    expect(accepted(`* CAPABILITY ${dovecot} ${CAPABILITIES_BEFORE_LOGIN.join(' ')}\r\n`, `* CAPABILITY ${CAPABILITIES_BEFORE_LOGIN.join(' ')}\r\n`)).toBe(true)
  })

  it('rejects a capability Dovecot has but the pin does not (SORT), and one Dovecot lacks', () => {
    expect(accepted(`* CAPABILITY ${dovecot}\r\n`, `* CAPABILITY ${CAPABILITIES_AFTER_LOGIN.join(' ')} SORT\r\n`)).toBe(false)
    expect(accepted(`* CAPABILITY ${dovecot}\r\n`, `* CAPABILITY ${CAPABILITIES_AFTER_LOGIN.join(' ')} X-MADE-UP\r\n`)).toBe(false)
    const code = (list: string) => `a1 OK [CAPABILITY ${list}] Logged in\r\n`
    expect(accepted(code(dovecot), code(`${CAPABILITIES_AFTER_LOGIN.join(' ')} CONDSTORE`))).toBe(false)
  })

  it('rejects a pinned capability left out', () => {
    expect(accepted(`* CAPABILITY ${dovecot}\r\n`, `* CAPABILITY ${CAPABILITIES_AFTER_LOGIN.slice(0, -1).join(' ')}\r\n`)).toBe(false)
  })
})

describe('IMAP comparator self-test: UIDVALIDITY', () => {
  it('rejects one recorded mailbox mapped to two of ours, and two recorded mailboxes sharing ours', () => {
    const state = newNormaliseState()
    const validity = (value: number) => `* OK [UIDVALIDITY ${value}] UIDs valid\r\n`
    expect(accepted(validity(100), validity(7), state)).toBe(true)
    expect(accepted(validity(100), validity(8), state)).toBe(false)
    expect(accepted(validity(200), validity(7), state)).toBe(false)
  })
})
