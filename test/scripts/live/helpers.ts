// Shared by the live-mode tests: start on free ports, a line-reading raw socket client.

import { connect, type Socket } from 'node:net'
import { DEFAULT_OPTIONS, type LiveOptions } from '@/scripts/live/args'
import { startLive, type LiveServer, type StartLiveExtras } from '@/scripts/live/server'

export function startOnFreePorts(overrides: Partial<LiveOptions> = {}, extras: StartLiveExtras = {}): Promise<LiveServer> {
  return startLive({ ...DEFAULT_OPTIONS, pop3Port: 0, imapPort: 0, smtpPort: 0, httpPort: 0, noPages: true, ...overrides }, extras)
}

/** A raw TCP client that collects whole lines the server writes. */
export class LineClient {
  readonly lines: string[] = []
  closed = false
  private buffer = ''
  private waiters: (() => void)[] = []

  private constructor(readonly socket: Socket) {
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => {
      this.buffer += chunk
      let at
      while ((at = this.buffer.indexOf('\r\n')) !== -1) {
        this.lines.push(this.buffer.slice(0, at))
        this.buffer = this.buffer.slice(at + 2)
      }
      this.wake()
    })
    socket.on('error', () => {})
    socket.on('close', () => {
      this.closed = true
      this.wake()
    })
  }

  static open(port: number): Promise<LineClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new LineClient(socket)))
      socket.once('error', reject)
    })
  }

  send(line: string): void {
    this.socket.write(`${line}\r\n`)
  }

  /** Resolves with the first line (from index `from`) that matches, or rejects after `ms`. */
  async waitFor(test: (line: string) => boolean, from = 0, ms = 5000): Promise<string> {
    const deadline = Date.now() + ms
    for (;;) {
      const found = this.lines.slice(from).find(test)
      if (found !== undefined) return found
      if (this.closed) throw new Error(`closed before a matching line; got ${JSON.stringify(this.lines.slice(-5))}`)
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(`no matching line in ${ms} ms; got ${JSON.stringify(this.lines.slice(-5))}`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  async waitClosed(ms = 5000): Promise<void> {
    const deadline = Date.now() + ms
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('still open')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  end(): void {
    this.socket.destroy()
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const wake of waiters) wake()
  }
}
