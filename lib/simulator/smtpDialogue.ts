// One SMTP conversation as a client speaks it: EHLO, AUTH PLAIN when submitting (RFC 6409 §4,
// RFC 4954), MAIL FROM, RCPT TO, DATA with dot-stuffing (RFC 5321 §4.5.2), QUIT. The sender's
// server handing over mail from outside speaks the same conversation without AUTH (RFC 5321 relay).

import { octetLength } from '@/lib/protocols'
import { encodeBase64 } from '@/lib/protocols/pop3/sasl'
import type { Wire } from './wire'

export interface SmtpJob {
  /** The name the client gives in EHLO (its host name). */
  helo: string
  /** Submission logs in first (AUTH PLAIN); a relay does not. */
  auth?: { user: string; password: string }
  from: string
  to: readonly string[]
  /** The RFC 5322 message, CRLF line ends. */
  raw: string
  /**
   * Runs when the server accepts the message (its 250 to the "." that ends DATA, RFC 5321
   * §4.1.1.4), before that exchange's unit is shown: what the client does on acceptance (empty
   * its Outbox, keep its copy) then shows in the same frame as the server's queue.
   */
  onAccepted?: () => void
}

export interface SmtpOutcome {
  accepted: boolean
  /** The reply that refused the message (e.g. "552 5.2.2 … Mailbox is full"), or null. */
  refusal: string | null
}

/** Lines that begin with "." get one more, so no line of the message reads as the end (RFC 5321 §4.5.2). */
export function dotStuff(raw: string): string {
  return raw
    .split('\r\n')
    .map((line) => (line.startsWith('.') ? `.${line}` : line))
    .join('\r\n')
}

/** The message and the lone "." that ends DATA, sent as one piece (the wire adds the last CRLF). */
export function dataText(raw: string): string {
  const body = raw.endsWith('\r\n') ? raw.slice(0, -2) : raw
  return `${dotStuff(body)}\r\n.`
}

function code(reply: string): number {
  return Number(reply.slice(0, 3)) || 0
}

/**
 * Runs the conversation on `wire`, calling `afterExchange` after each exchange. A refusal ends it
 * with QUIT, as a client does; a reply that never comes (connection gone) is a refusal too.
 */
export function runSmtp(wire: Wire, step: string, job: SmtpJob, afterExchange: () => void): SmtpOutcome {
  const greeting = wire.open(step)
  afterExchange()
  if (greeting === null || code(greeting) !== 220) return { accepted: false, refusal: greeting ?? 'no connection' }
  const exchange = (line: string, expected: number, onExpected?: () => void): string | null => {
    const reply = wire.send(step, line)
    const ok = code(reply) === expected
    if (ok) onExpected?.()
    afterExchange()
    return ok ? null : reply || 'connection closed'
  }
  const quit = (refusal: string | null): SmtpOutcome => {
    if (wire.connected) exchange('QUIT', 221)
    return { accepted: refusal === null, refusal }
  }
  const refused =
    exchange(`EHLO ${job.helo}`, 250) ??
    (job.auth ? exchange(`AUTH PLAIN ${encodeBase64(`\0${job.auth.user}\0${job.auth.password}`)}`, 235) : null) ??
    // SIZE (RFC 1870, advertised in EHLO) lets the server refuse a message too big for the mailbox before DATA.
    exchange(`MAIL FROM:<${job.from}> SIZE=${octetLength(job.raw)}`, 250)
  if (refused) return quit(refused)
  let lastRefusal: string | null = null
  let accepted = 0
  for (const recipient of job.to) {
    const refusal = exchange(`RCPT TO:<${recipient}>`, 250)
    if (refusal) lastRefusal = refusal
    else accepted++
  }
  if (accepted === 0) return quit(lastRefusal ?? 'no recipient')
  const dataRefused = exchange('DATA', 354) ?? exchange(dataText(job.raw), 250, job.onAccepted)
  return quit(dataRefused)
}
