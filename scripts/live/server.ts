// Starts the live mode: one mail server (lib/protocols) from the chosen world, its POP3, IMAP
// and SMTP submission ports, and the web side (event stream, /live and the rest of the export).

import { createServer, type Server } from 'node:http'
import { createMailServer, type MailServer } from '@/lib/protocols'
import { CONSOLE_WORLDS, type ConsoleWorld } from '@/content/console/worlds'
import type { LiveProtocol } from '@/lib/live/events'
import type { LiveOptions } from './args'
import { createLiveHttpHandler } from './http'
import { LiveHub } from './hub'
import { listenForMail, type ConnectionBudget, type MailListener } from './tcp'

/** `--world` names: "reference" and every scenario id. */
export function worldIds(): string[] {
  return CONSOLE_WORLDS.map((world) => world.id.replace(/^scenario:/, ''))
}

function findWorld(id: string): ConsoleWorld {
  return CONSOLE_WORLDS.find((world) => world.id === id || world.id === `scenario:${id}`) ?? CONSOLE_WORLDS[0]
}

export interface LiveServer {
  readonly mail: MailServer
  readonly hub: LiveHub
  readonly host: string
  readonly ports: Record<LiveProtocol | 'http', number>
  readonly budget: ConnectionBudget
  close(): Promise<void>
}

export interface StartLiveExtras {
  /** Handles every HTTP request the live API does not (the static export). */
  staticHandler?: Parameters<typeof createLiveHttpHandler>[2]
  /** Replies queued for a client that does not read them before it is cut off (tests make it small). */
  maxUnreadOutput?: number
}

export async function startLive(options: LiveOptions, extras: StartLiveExtras = {}): Promise<LiveServer> {
  const world = findWorld(options.world)
  const mail = createMailServer({ users: world.users })
  const users = world.users.map((user) => ({ name: user.name, password: user.password }))
  const ports = { pop3: 0, imap: 0, smtp: 0, http: 0 }
  const hub = new LiveHub(mail, { host: options.host, ports, world: world.id, users })
  const budget: ConnectionBudget = { open: 0, max: options.maxConnections }
  const listeners: MailListener[] = []
  let http: Server | undefined
  try {
    for (const protocol of ['pop3', 'imap', 'smtp'] as const) {
      const port = protocol === 'pop3' ? options.pop3Port : protocol === 'imap' ? options.imapPort : options.smtpPort
      const listener = await listenForMail({
        protocol,
        host: options.host,
        port,
        mail,
        hub,
        budget,
        idleTimeoutMs: options.idleTimeoutSeconds * 1000,
        maxUnreadOutput: extras.maxUnreadOutput,
      })
      listeners.push(listener)
      ports[protocol] = listener.port
    }
    const server = createServer(createLiveHttpHandler(hub, mail, extras.staticHandler))
    http = server
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.httpPort, options.host, () => {
        server.off('error', reject)
        resolve()
      })
    })
    const address = server.address()
    ports.http = typeof address === 'object' && address ? address.port : 0
  } catch (error) {
    await Promise.all(listeners.map((listener) => listener.close()))
    http?.close()
    throw error
  }
  return {
    mail,
    hub,
    host: options.host,
    ports,
    budget,
    close: async () => {
      await Promise.all(listeners.map((listener) => listener.close()))
      hub.stop()
      await new Promise<void>((resolve) => {
        http?.close(() => resolve())
        http?.closeAllConnections()
      })
    },
  }
}
