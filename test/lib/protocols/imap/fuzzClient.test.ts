// Self-test of the IMAP fuzz checker (fuzzClient.ts): a scripted connection gives deliberately
// broken replies and the checker must throw; good replies, literals, IDLE and reconnects pass.

import { FuzzClient, type FuzzConnection } from './fuzzClient'

/** A connection whose replies come from a script; `bye` closes it, as the server would. */
function scripted(answer: (line: string) => string): FuzzConnection & { lines: string[] } {
  const connection = {
    closed: false,
    lines: [] as string[],
    send(line: string) {
      connection.lines.push(line)
      const reply = answer(line)
      if (reply.includes('* BYE ')) connection.closed = true
      return reply
    },
    read: () => '',
  }
  return connection
}

const tagOf = (line: string) => line.split(' ', 1)[0]

describe('IMAP fuzz checker self-test', () => {
  it('passes a correct exchange, a synchronising literal, IDLE and a reconnect after BYE', () => {
    let opened = 0
    const client = new FuzzClient(() => {
      opened++
      let waiting: string | undefined
      return scripted((line) => {
        if (waiting !== undefined) {
          const tag = waiting
          waiting = undefined
          return `${tag} OK Done.\r\n`
        }
        if (line.endsWith('{5}') || line.endsWith('IDLE')) {
          waiting = tagOf(line)
          return '+ go on\r\n'
        }
        if (line.startsWith('q ')) return '* BYE Logging out\r\nq OK Logout completed.\r\n'
        return `* 1 FETCH (FLAGS (\\Seen))\r\n${tagOf(line)} OK Done.\r\n`
      })
    })
    client.send('a1 NOOP')
    client.send('a2 LOGIN {5}\nalice secret')
    client.send('a3 IDLE')
    client.send('DONE')
    client.send('q LOGOUT')
    client.send('a4 NOOP')
    expect(opened).toBe(2)
    expect(client.linesSent).toBe(7)
  })

  const broken: [string, (line: string) => string][] = [
    ['a reply tagged with an earlier command\'s tag', (line) => (line.startsWith('b') ? 'a OK Done.\r\n' : `${tagOf(line)} OK Done.\r\n`)],
    ['two tagged completions for one command', (line) => `${tagOf(line)} OK Done.\r\n${tagOf(line)} OK Again.\r\n`],
    ['no completion at all', () => '* 1 EXISTS\r\n'],
    ['a response after the completion', (line) => `${tagOf(line)} OK Done.\r\n* 1 EXISTS\r\n`],
    ['a FETCH without its closing )', (line) => `* 1 FETCH (FLAGS (\\Seen)\r\n${tagOf(line)} OK Done.\r\n`],
    ['a tagged line with no status word', (line) => `${tagOf(line)} MAYBE Done.\r\n`],
    ['a line without CRLF', (line) => `${tagOf(line)} OK Done.`],
    ['an internal error', () => '* BYE Internal server error\r\n'],
  ]
  for (const [what, answer] of broken) {
    it(`throws on ${what}`, () => {
      const client = new FuzzClient(() => scripted(answer))
      expect(() => {
        client.send('a NOOP')
        client.send('b NOOP')
      }).toThrow()
    })
  }
})
