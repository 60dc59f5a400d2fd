// Shared by the model-based tests: a real server with the starter inbox, a recording wire per
// device, and the server's state as plain data, so each generated path can be replayed for real.

import { createMailServer, type MailServer } from '@/lib/protocols'
import { createConnectionWire, type DeviceId, type Exchange, type Wire } from '@/lib/simulator'
import { LUNCH, PHOTOS, STARTER_INBOX, TICKETS } from '@/content/scenarios/mail'

export const MESSAGE_IDS = [LUNCH, TICKETS, PHOTOS].map((message) => /Message-ID: (\S+)/.exec(typeof message === 'object' && 'raw' in message ? String(message.raw) : String(message))?.[1] ?? '')

export interface World {
  server: MailServer
  transcript: Exchange[]
  wire(device: DeviceId): Wire
}

export function createWorld(protocol: 'pop3' | 'imap'): World {
  const server = createMailServer({ users: [{ name: 'alice', password: 'secret', messages: STARTER_INBOX }] })
  const transcript: Exchange[] = []
  return {
    server,
    transcript,
    wire: (device) => createConnectionWire(() => server.connect(protocol), (entry) => transcript.push({ device, account: 'alice', ...entry })),
  }
}

/** uid → sorted flags of alice's INBOX. */
export function serverState(server: MailServer): Map<number, string[]> {
  return new Map((server.store.inbox('alice')?.messages ?? []).map((message) => [message.uid, [...message.flags].sort()]))
}

export function deliverOne(server: MailServer, n: number): void {
  server.deliver('alice', `From: Eve <eve@example.net>\r\nSubject: Extra ${n}\r\nMessage-ID: <extra-${n}@example.net>\r\n\r\nHello ${n}\r\n`)
}

/** The events of a generated path, without xstate's own init event. */
export function pathEvents<E extends { type: string }>(steps: readonly { event: E }[]): E[] {
  return steps.map((step) => step.event).filter((event) => !event.type.startsWith('xstate.'))
}
