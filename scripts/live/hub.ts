// The live hub: what the /live page needs to know about every open TCP connection, kept in
// bounded memory (a transcript window per connection), and pushed to subscribers as events.

import type { MailServer } from '@/lib/protocols'
import { describeLine } from '@/content/explanations'
import { lineContext } from '@/lib/protocols/wire'
import {
  LIVE_LINES_PER_REPLY,
  LIVE_MAX_LISTED,
  LIVE_SKIPPED_NOTE,
  skippedLinesText,
  LIVE_TRANSCRIPT_WINDOW,
  type DisconnectReason,
  type LiveConnectionView,
  type LiveEvent,
  type LiveLine,
  type LiveProtocol,
  type LiveServerInfo,
  type LiveStoreView,
} from '@/lib/live/events'
import { DisplayLineSplitter, imapClientName } from './lines'

interface Tracked {
  view: LiveConnectionView
  client: DisplayLineSplitter
  server: DisplayLineSplitter
  lastClientLine?: string
  /** POP3: inside a multi-line reply (RFC 1939 §3), so the lines are the message, up to the lone ".". */
  inPop3Body: boolean
  /** The server has not yet answered the last client line (its first line is the status line). */
  awaitingStatus: boolean
}

/** POP3 commands whose +OK opens a multi-line reply ending in "." (RFC 1939 §5, §7; CAPA RFC 2449). */
const POP3_MULTILINE = /^(?:RETR|TOP)\s|^(?:LIST|UIDL)\s*$|^CAPA\s*$/i

export class LiveHub {
  private readonly connections = new Map<number, Tracked>()
  private readonly listeners = new Set<(event: LiveEvent) => void>()
  private nextId = 1
  private seq = 0
  private storeSignature = ''
  private storeTimer: NodeJS.Timeout | undefined
  private readonly startedAt = performance.now()

  constructor(
    private readonly mail: MailServer,
    readonly info: LiveServerInfo,
  ) {
    this.storeSignature = JSON.stringify(this.storeView())
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  get openConnections(): number {
    return this.connections.size
  }

  snapshot(): Extract<LiveEvent, { type: 'snapshot' }> {
    return {
      type: 'snapshot',
      info: this.info,
      connections: [...this.connections.values()].map((tracked) => ({ ...tracked.view, transcript: [...tracked.view.transcript] })),
      store: this.storeView(),
    }
  }

  open(protocol: LiveProtocol, peer: string): number {
    const id = this.nextId++
    const view: LiveConnectionView = { id, protocol, peer, name: peer, state: 'greeting', transcript: [] }
    this.connections.set(id, { view, client: new DisplayLineSplitter(), server: new DisplayLineSplitter(), inPop3Body: false, awaitingStatus: false })
    this.emit({ type: 'connect', connection: { ...view, transcript: [] } })
    return id
  }

  refused(protocol: LiveProtocol, peer: string): void {
    this.emit({ type: 'refused', protocol, peer, reason: 'too-many-connections' })
  }

  clientBytes(id: number, bytes: Uint8Array): void {
    const tracked = this.connections.get(id)
    if (!tracked) return
    for (const text of tracked.client.push(bytes)) {
      // A client line is read in the light of the line before it (an AUTH continuation, say).
      const before = tracked.lastClientLine
      tracked.lastClientLine = text
      tracked.awaitingStatus = true
      this.addLine(tracked, 'client', text, before)
      if (tracked.view.protocol === 'imap') {
        const name = imapClientName(text)
        if (name) {
          tracked.view.name = name
          this.emit({ type: 'name', id, name })
        }
      }
    }
  }

  serverBytes(id: number, bytes: Uint8Array): void {
    const tracked = this.connections.get(id)
    if (!tracked) return
    const lines = tracked.server.push(bytes)
    if (lines.length <= LIVE_LINES_PER_REPLY) {
      for (const text of lines) this.addLine(tracked, 'server', text)
      return
    }
    // A long reply (RETR, FETCH of a body) shows its head, a count of what is left out, and its
    // last line (POP3's lone "." or IMAP's tagged status), so the end of the reply still shows.
    const head = lines.slice(0, LIVE_LINES_PER_REPLY - 2)
    const skipped = lines.slice(LIVE_LINES_PER_REPLY - 2, -1)
    for (const text of head) this.addLine(tracked, 'server', text)
    for (const text of skipped) this.followPop3Body(tracked, text)
    this.addLine(tracked, 'server', skippedLinesText(skipped.length), undefined, false)
    this.addLine(tracked, 'server', lines[lines.length - 1])
  }

  /** Tracks whether the next server line sits inside a POP3 multi-line reply. */
  private followPop3Body(tracked: Tracked, text: string): boolean {
    if (tracked.view.protocol !== 'pop3') return false
    if (tracked.inPop3Body) {
      if (text === '.') tracked.inPop3Body = false
      return tracked.inPop3Body
    }
    if (tracked.awaitingStatus) {
      tracked.awaitingStatus = false
      tracked.inPop3Body = text.startsWith('+OK') && POP3_MULTILINE.test(tracked.lastClientLine ?? '')
    }
    return false
  }

  /** Reports a state or login change after the server handled input. */
  sessionChanged(id: number, state: string, user: string | undefined): void {
    const tracked = this.connections.get(id)
    if (!tracked || (tracked.view.state === state && tracked.view.user === user)) return
    tracked.view.state = state
    tracked.view.user = user
    this.emit({ type: 'state', id, state, user })
  }

  close(id: number, reason: DisconnectReason): void {
    if (!this.connections.delete(id)) return
    this.emit({ type: 'disconnect', id, reason })
    this.storeMayHaveChanged()
  }

  /** Checks the store at most every 50 ms (a flood of commands costs one comparison per tick). */
  storeMayHaveChanged(): void {
    if (this.storeTimer) return
    this.storeTimer = setTimeout(() => {
      this.storeTimer = undefined
      const store = this.storeView()
      const signature = JSON.stringify(store)
      if (signature === this.storeSignature) return
      this.storeSignature = signature
      this.emit({ type: 'store', store })
    }, 50)
  }

  stop(): void {
    clearTimeout(this.storeTimer)
    this.listeners.clear()
  }

  storeView(): LiveStoreView {
    const store = this.mail.store
    const outbound = this.mail.outbound
    return {
      outbound: outbound.length,
      outboundMessages: outbound.slice(-LIVE_MAX_LISTED).map((message) => ({
        from: message.sender,
        to: [...message.recipients],
        subject: header(message.raw, 'Subject'),
        size: message.bytes.length,
      })),
      users: store.userNames().map((name) => ({
        name,
        quotaBytes: store.quotaBytes(name),
        mailboxes: store.mailboxNames(name).map((mailboxName) => {
          const messages = store.mailbox(name, mailboxName)?.messages ?? []
          return {
            name: mailboxName,
            total: messages.length,
            messages: messages.slice(0, LIVE_MAX_LISTED).map((message) => ({
              uid: message.uid,
              subject: header(message.text, 'Subject'),
              from: header(message.text, 'From'),
              size: message.size,
              flags: [...message.flags].sort(),
            })),
          }
        }),
      })),
    }
  }

  /**
   * `previousClientLine`: the line this one is read against (for a client line, the one before it);
   * `wire` false: a line live mode writes itself (the count of a long reply's hidden middle).
   */
  private addLine(tracked: Tracked, direction: LiveLine['direction'], text: string, previousClientLine = tracked.lastClientLine, wire = true): void {
    const { protocol } = tracked.view
    const line: LiveLine = { seq: ++this.seq, direction, text, at: Math.round(performance.now() - this.startedAt) }
    if (!wire) {
      line.note = LIVE_SKIPPED_NOTE
    } else {
      // POP3: a line inside a multi-line reply is the message (or a listing), up to the lone ".".
      // SMTP: once DATA got its 354 the session is in 'data', and each client line is message content.
      const inMultiline = direction === 'server' ? this.followPop3Body(tracked, text) : protocol === 'smtp' && tracked.view.state === 'data'
      const description = describeLine(protocol, direction, text, lineContext(protocol, direction, text, { previousClientLine, inMultiline }))
      if (description.kind !== 'unknown') line.note = `${description.text} (${description.rfc})`
    }
    const transcript = tracked.view.transcript
    transcript.push(line)
    if (transcript.length > LIVE_TRANSCRIPT_WINDOW) transcript.splice(0, transcript.length - LIVE_TRANSCRIPT_WINDOW)
    this.emit({ type: 'line', id: tracked.view.id, line })
  }

  private emit(event: LiveEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event)
      } catch {
        this.listeners.delete(listener)
      }
    }
  }
}

/** One header's value from the head of a message, unfolded and clipped (for the store view). */
function header(text: string, name: string): string {
  const head = text.slice(0, 8192)
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head)
  return match ? match[1].replace(/\r?\n[ \t]+/g, ' ').trim().slice(0, 120) : ''
}
