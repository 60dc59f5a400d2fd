// Benchmark: protocol exchanges per second for a scripted mix of POP3 and IMAP sessions on a
// 1,000-message mailbox. A figure to watch, not a test (issue 3's goal: ≥ 100,000 exchanges/s).

import { createMailServer, type Connection } from '@/lib/protocols'
import { loadNote, printFigure } from './report'

const MESSAGES = 1_000
const GOAL_PER_SECOND = 100_000

function message(index: number): string {
  return [
    `From: Sender ${index} <sender${index}@example.org>`,
    'To: Alice Example <alice@example.org>',
    `Subject: Benchmark message ${index}`,
    `Date: Tue, 14 Nov 2023 22:${String(index % 60).padStart(2, '0')}:00 +0000`,
    `Message-ID: <bench${index}@example.org>`,
    '',
    `Hello Alice, this is message ${index}.`,
    '.a line that needs dot-stuffing',
    'Bye.',
    '',
  ].join('\n')
}

function freshServer() {
  return createMailServer({
    users: [{ name: 'alice', password: 'secret', messages: Array.from({ length: MESSAGES }, (_, i) => message(i + 1)) }],
  })
}

/** One POP3 session: login, STAT, LIST, UIDL, 20 RETR/TOP, 5 DELE, RSET, QUIT (no commit). */
function pop3Script(): string[] {
  const lines = ['USER alice', 'PASS secret', 'STAT', 'LIST', 'UIDL']
  for (let i = 1; i <= 20; i++) lines.push(i % 2 ? `RETR ${i}` : `TOP ${i} 2`, `LIST ${i}`, `UIDL ${i}`)
  for (let i = 1; i <= 5; i++) lines.push(`DELE ${i}`)
  lines.push('RSET', 'NOOP', 'QUIT')
  return lines
}

/** One IMAP session: login, SELECT, a summary FETCH of 50, bodies, flags, SEARCH, LOGOUT. */
function imapScript(): string[] {
  const lines = ['a1 LOGIN alice secret', 'a2 SELECT INBOX', 'a3 FETCH 1:50 (UID FLAGS RFC822.SIZE ENVELOPE)']
  let tag = 4
  for (let i = 1; i <= 20; i++) {
    lines.push(`a${tag++} FETCH ${i} BODY.PEEK[]`, `a${tag++} STORE ${i} +FLAGS (\\Flagged)`, `a${tag++} UID FETCH ${i} (FLAGS)`)
  }
  lines.push(`a${tag++} SEARCH FLAGGED`, `a${tag++} STORE 1:20 -FLAGS (\\Flagged)`, `a${tag++} NOOP`, `a${tag++} LOGOUT`)
  return lines
}

function runSession(connection: Connection, lines: readonly string[]): number {
  let exchanges = 0
  for (const line of lines) {
    connection.send(line)
    exchanges++
  }
  return exchanges
}

export function benchProtocols(): void {
  const server = freshServer()
  const pop3 = pop3Script()
  const imap = imapScript()
  // Warm up the JIT before measuring.
  for (let i = 0; i < 20; i++) {
    runSession(server.connect('pop3'), pop3)
    runSession(server.connect('imap'), imap)
  }
  let exchanges = 0
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  let elapsed = 0
  while (elapsed < 2_000) {
    exchanges += runSession(server.connect('pop3'), pop3)
    exchanges += runSession(server.connect('imap'), imap)
    elapsed = performance.now() - started
  }
  const cpu = process.cpuUsage(cpuStarted)
  const perSecond = Math.round((exchanges / elapsed) * 1000)
  printFigure('Protocol exchanges per second (POP3+IMAP mix, 1,000 messages)', perSecond, `≥ ${GOAL_PER_SECOND}`, perSecond >= GOAL_PER_SECOND)
  // On a shared, loaded machine wall-clock time counts other people's work; CPU time does not.
  const perCpuSecond = Math.round(exchanges / ((cpu.user + cpu.system) / 1e6))
  printFigure('Protocol exchanges per CPU-second (same mix, this process only)', perCpuSecond, `≥ ${GOAL_PER_SECOND}`, perCpuSecond >= GOAL_PER_SECOND)
  printFigure('  machine load during the run', loadNote(), 'informational', null)

  const setupStarted = performance.now()
  freshServer()
  printFigure('Building a 1,000-message server (ms)', Math.round(performance.now() - setupStarted), 'informational', true)
}
