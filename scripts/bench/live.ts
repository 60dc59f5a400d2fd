// Live mode (`npm run live`, issue 13) through real TCP, with the live server in its own process:
// IMAP commands per second with 1 and 50 clients (raw sockets, one NOOP at a time each), and the
// time from a client sending a command to its reply reaching an event-stream subscriber (the step
// before the /live page renders it; React's render adds a frame or so on top).

import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { connect, type Socket } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadNote, printFigure } from './report'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

async function startServer(): Promise<{ imap: number; http: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/live.ts', '--no-pages', '--max-connections', '100', ...['--pop3-port', '--imap-port', '--smtp-port', '--http-port'].flatMap((flag) => [flag, '0'])], { cwd: root })
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  const deadline = Date.now() + 60_000
  while (!out.includes('Press Ctrl+C')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`live server did not start: ${out}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const imap = Number(/IMAP\s+\S+:(\d+)/.exec(out)?.[1])
  const http = Number(/Events http:\/\/\S+:(\d+)\//.exec(out)?.[1])
  return { imap, http, stop: () => child.kill('SIGTERM') }
}

/** A logged-in IMAP client that runs one command at a time and resolves with its tagged reply. */
async function imapClient(port: number): Promise<{ command: (text: string) => Promise<number>; close: () => void }> {
  const socket: Socket = await new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s))
    s.once('error', reject)
  })
  socket.setNoDelay(true)
  let buffer = ''
  let waiting: { tag: string; resolve: (at: number) => void } | undefined
  socket.setEncoding('latin1')
  socket.on('data', (chunk: string) => {
    buffer += chunk
    if (waiting && (buffer.startsWith(`${waiting.tag} `) || buffer.includes(`\r\n${waiting.tag} `))) {
      const done = waiting
      waiting = undefined
      buffer = ''
      done.resolve(performance.now())
    }
  })
  let n = 0
  const command = (text: string) =>
    new Promise<number>((resolve) => {
      const tag = `b${++n}`
      waiting = { tag, resolve }
      socket.write(`${tag} ${text}\r\n`)
    })
  await new Promise((resolve) => setTimeout(resolve, 50))
  buffer = ''
  await command('LOGIN alice secret')
  return { command, close: () => socket.destroy() }
}

async function commandsPerSecond(port: number, clients: number, seconds: number): Promise<number> {
  const all = await Promise.all(Array.from({ length: clients }, () => imapClient(port)))
  const until = performance.now() + seconds * 1000
  let count = 0
  await Promise.all(
    all.map(async (client) => {
      while (performance.now() < until) {
        await client.command('NOOP')
        count++
      }
    }),
  )
  for (const client of all) client.close()
  return count / seconds
}

/** From a client sending a command to that command's reply reaching an event-stream subscriber. */
async function pageLatency(imapPort: number, httpPort: number, samples: number): Promise<number[]> {
  const seen = new Map<string, number>()
  const req = request({ host: '127.0.0.1', port: httpPort, path: '/api/live/events' })
  await new Promise<void>((resolve) => {
    req.on('response', (response) => {
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        for (const match of chunk.matchAll(/"text":"(b\d+) OK NOOP/g)) seen.set(match[1], performance.now())
      })
      resolve()
    })
    req.end()
  })
  const client = await imapClient(imapPort)
  const sent: number[] = []
  for (let i = 0; i < samples; i++) {
    sent.push(performance.now())
    await client.command('NOOP')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  await new Promise((resolve) => setTimeout(resolve, 200))
  client.close()
  req.destroy()
  // Tag b1 was LOGIN; the NOOPs are b2, b3, …
  return sent.map((at, i) => (seen.get(`b${i + 2}`) ?? Number.NaN) - at)
}

export async function benchLive(): Promise<void> {
  const server = await startServer()
  try {
    const one = await commandsPerSecond(server.imap, 1, 2)
    printFigure('IMAP commands/s through TCP, 1 client', Math.round(one), 'none (figure only)', null)
    const fifty = await commandsPerSecond(server.imap, 50, 3)
    printFigure('IMAP commands/s through TCP, 50 clients', Math.round(fifty), 'none (figure only)', null)
    const delays = (await pageLatency(server.imap, server.http, 200)).filter((delay) => Number.isFinite(delay)).sort((a, b) => a - b)
    const median = delays[Math.floor(delays.length / 2)]
    const p95 = delays[Math.floor(delays.length * 0.95)]
    printFigure('command → its reply on the event stream, median', `${median.toFixed(1)} ms (${delays.length} samples)`, '≤ 100 ms', median <= 100)
    printFigure('command → its reply on the event stream, p95', `${p95.toFixed(1)} ms`, '≤ 100 ms', p95 <= 100)
    console.log(`  load: ${loadNote()}`)
  } finally {
    server.stop()
  }
}
