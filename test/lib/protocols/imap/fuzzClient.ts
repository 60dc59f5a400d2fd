// The IMAP fuzz test's client (fuzz.test.ts): sends lines, checks every reply, reconnects when the
// server closes. Its checks have their own self-test (fuzzClient.test.ts).

import type { Connection } from '@/lib/protocols'

/** The part of a connection the fuzz uses: the line API. */
export type FuzzConnection = Pick<Connection, 'send' | 'read' | 'closed'>
import { checkWellFormed, splitResponses } from './wire'

/**
 * One client connection as the fuzz drives it: which command a line belongs to, so every reply is
 * checked against that command's tag only (RFC 3501 §2.2.2), and a new connection whenever the
 * server closes one. Plain throws (no expect) keep 100,000 lines within a few seconds.
 */
export class FuzzClient {
  connection: FuzzConnection
  /** The tag of a command still waiting for more lines (a literal, AUTHENTICATE or IDLE). */
  private inProgress: string | undefined
  linesSent = 0

  constructor(private readonly open: () => FuzzConnection) {
    this.connection = open()
  }

  /** Sends the text one line at a time, as the server splits it, checking each reply. */
  send(text: string): void {
    for (const piece of text.includes('\n') ? text.split(/\r?\n/) : [text]) this.sendLine(piece, text)
  }

  private sendLine(piece: string, text: string): void {
    if (this.connection.closed) {
      this.connection = this.open()
      this.inProgress = undefined
    }
    const tag = this.inProgress ?? piece.split(' ', 1)[0]
    const reply = this.connection.send(piece)
    this.linesSent++
    const fail = (why: string): never => {
      throw new Error(`${why}: ${JSON.stringify(piece.slice(0, 80))} (in ${JSON.stringify(text.slice(0, 80))}) → ${JSON.stringify(reply.slice(0, 200))}`)
    }
    if (reply.includes('Internal server error')) fail('internal error')
    const problem = checkWellFormed(reply, tag)
    if (problem !== undefined) fail(`${problem} (expected tag ${JSON.stringify(tag)})`)
    const responses = splitResponses(reply)
    const tagged = responses.filter((response) => !response.startsWith('* ') && !response.startsWith('+'))
    if (tagged.length > 1) fail('more than one tagged completion')
    if (tagged.length === 1) {
      if (!/^\S+ (OK|NO|BAD) /.test(tagged[0])) fail('tagged response without OK, NO or BAD')
      // Only a BYE may follow the completion, when the server then closes (too many bad commands).
      const after = responses.slice(responses.indexOf(tagged[0]) + 1)
      if (after.some((response) => !response.startsWith('* BYE ')) || (after.length > 0 && !this.connection.closed)) fail('a response after the tagged completion')
      this.inProgress = undefined
      return
    }
    const last = responses[responses.length - 1]
    // IDLE's "+ idling" may be followed by untagged updates from other sessions.
    if (responses.some((response) => response.startsWith('+'))) this.inProgress = tag
    else if (last !== undefined && /^\* (BAD|BYE) /.test(last)) this.inProgress = undefined
    else if (last === undefined && !this.connection.closed) this.inProgress = tag // a LITERAL+ still arriving
    else fail('no completion, continuation, BAD or BYE')
  }
}
