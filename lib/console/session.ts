// The console's session: one simulated mail server, and the connections the learner opened to it
// as device tabs. It only forwards lines to lib/protocols and records what came back; every reply
// is the server's own. Mutable (it wraps a live server); the React layer re-renders on `subscribe`.
// Tabs read mail (POP3, IMAP) or send it (SMTP submission, like port 587: RFC 6409).

import type { Connection, MailProtocol, MailServer, MailServerOptions, ProtocolState, StoredMessage } from '@/lib/protocols'
import type { DeviceId } from '@/lib/simulator/view'
import { DEVICE_IDS, DEVICE_LABELS } from '@/lib/simulator/view'
import { solvedChallenges, type ChallengeId } from './challenges'
import { consoleDelivery } from './delivery'
import type { ConsoleExchange } from './exchange'
import { applyDrop, applyExchange, emptyKnowledge, type DeviceKnowledge } from './deviceKnowledge'
import { helpLines, isHelpRequest, type HelpWords } from './help'
import { afterLine, type PendingLiteral } from './literal'
import { nextTag } from './tags'
import type { ConsoleWorld } from './world'

export type EntryKind = 'client' | 'server' | 'console'

export interface TranscriptEntry {
  id: number
  kind: EntryKind
  /** client: the line typed; server: wire text (CRLF line ends); console: the console's own note. */
  text: string
  /** The client line this server text answers (for explanations). */
  answers?: string
  /** A client line that was literal data, not a command. */
  literal?: boolean
  /** SMTP: a client line that was message content after DATA's 354 (the closing "." included). */
  content?: boolean
}

export interface ConsoleTab {
  id: string
  device: DeviceId
  label: string
  protocol: MailProtocol
  connection: Connection<MailProtocol>
  entries: TranscriptEntry[]
  exchanges: ConsoleExchange[]
  /** Lines sent to the server, in order (help is not sent). */
  sent: string[]
  literal: PendingLiteral | null
  knowledge: DeviceKnowledge
  /** The learner dropped the connection without QUIT or LOGOUT. */
  dropped: boolean
  /** POP3: the UIDs marked with DELE when the connection was dropped. */
  markedAtDrop: number[]
}

export interface ConsoleDeps {
  createServer: (options: MailServerOptions) => MailServer
  /** Command names allowed in a state, from lib/protocols' registries. */
  allowed: (protocol: MailProtocol, state: ProtocolState) => readonly string[]
  /** A one-line summary of a command, from content/explanations. */
  summarize?: (protocol: MailProtocol, verb: string) => string | undefined
  /** The words of the console's help (content/console/syntax.ts). */
  helpWords: HelpWords
  /** The title of a challenge, for the "solved" announcement (content/console/challenges.ts). */
  challengeTitle: (id: ChallengeId) => string | undefined
  /** The first message "Deliver a new message" drops into the INBOX (content/console/worlds.ts); consoleDelivery numbers the rest. */
  firstDelivery: string
  /** What survives a connection dropped without QUIT or LOGOUT, per protocol (content/console/dropNotice.ts). */
  dropNotice: Readonly<Record<MailProtocol, string>>
  /** What the console says when an SMTP tab starts writing a message (after DATA's 354). */
  dataNotice: string
}

export class ConsoleSession {
  readonly world: ConsoleWorld
  readonly server: MailServer
  readonly deps: ConsoleDeps
  tabs: ConsoleTab[] = []
  deliveries = 0
  /** Challenges solved so far (they stay solved). */
  solved: Set<ChallengeId>
  /** What the last newly solved challenge says, for a live region. */
  announcement = ''
  /** Bumped on every change, so views can tell snapshots apart. */
  version = 0
  private nextEntryId = 1
  private nextTabId = 1
  private listeners = new Set<() => void>()

  constructor(world: ConsoleWorld, deps: ConsoleDeps, solved: Iterable<ChallengeId> = []) {
    this.world = world
    this.deps = deps
    this.server = deps.createServer({ users: world.users })
    this.solved = new Set(solved)
  }

  get user(): string {
    return this.world.user
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  tab(id: string): ConsoleTab | undefined {
    return this.tabs.find((tab) => tab.id === id)
  }

  /** Connects a new device; the device is the first one (Phone, Laptop, …) without a tab. */
  openTab(protocol: MailProtocol, device?: DeviceId): ConsoleTab {
    const used = new Set(this.tabs.map((tab) => tab.device))
    const chosen = device ?? DEVICE_IDS.find((id) => !used.has(id)) ?? DEVICE_IDS[this.tabs.length % DEVICE_IDS.length]
    const sameName = this.tabs.filter((tab) => tab.device === chosen).length
    // SMTP tabs are the user's own device sending, so they use the submission role (port 587, RFC 6409).
    const connection: Connection<MailProtocol> = protocol === 'smtp' ? this.server.connect('smtp', { role: 'submission' }) : this.server.connect(protocol)
    const tab: ConsoleTab = {
      id: `tab-${this.nextTabId++}`,
      device: chosen,
      label: sameName === 0 ? DEVICE_LABELS[chosen] : `${DEVICE_LABELS[chosen]} ${sameName + 1}`,
      protocol,
      connection,
      entries: [],
      exchanges: [{ client: null, reply: connection.greeting, via: 'greeting', stateBefore: connection.state, stateAfter: connection.state }],
      sent: [],
      literal: null,
      knowledge: emptyKnowledge(protocol),
      dropped: false,
      markedAtDrop: [],
    }
    tab.entries = [this.entry('server', connection.greeting)]
    this.tabs = [...this.tabs, tab]
    this.changed()
    return tab
  }

  /** Removes a tab; an open connection is dropped first. */
  closeTab(id: string): void {
    const tab = this.tab(id)
    if (!tab) return
    if (!tab.connection.closed) this.drop(id)
    this.tabs = this.tabs.filter((other) => other.id !== id)
    this.changed()
  }

  /** One line typed in a tab: `help` is answered here, anything else goes to the server as typed. */
  submit(id: string, line: string): void {
    const tab = this.tab(id)
    if (!tab) return
    const inData = tab.protocol === 'smtp' && tab.connection.state === 'data'
    if (tab.literal === null && !inData && isHelpRequest(line, tab.protocol)) {
      this.append(tab, this.entry('client', line), this.entry('console', this.help(tab).join('\n')))
      this.changed()
      return
    }
    if (tab.connection.closed) {
      this.append(tab, this.entry('client', line), this.entry('console', 'Not sent: the connection is closed.'))
      this.changed()
      return
    }
    const inLiteral = tab.literal !== null && tab.literal.remaining > 0
    const stateBefore = tab.connection.state
    let reply: string
    try {
      reply = tab.connection.send(line)
    } catch (error) {
      // The server promises never to throw; if it ever does, the console says so instead of crashing.
      const detail = error instanceof Error ? error.message : String(error)
      this.append(tab, this.entry('client', line, inLiteral), this.entry('console', `The simulated server failed on this line: ${detail}`))
      this.changed()
      return
    }
    tab.literal = afterLine(tab.literal, line)
    tab.sent = [...tab.sent, line]
    const entries = [inData ? { ...this.entry('client', line), content: true } : this.entry('client', line, inLiteral)]
    if (reply) entries.push({ ...this.entry('server', reply), answers: line })
    if (tab.connection.closed) entries.push(this.entry('console', 'The server closed the connection.'))
    else if (tab.protocol === 'smtp' && !inData && tab.connection.state === 'data') entries.push(this.entry('console', this.deps.dataNotice))
    this.append(tab, ...entries)
    this.record(tab, { client: line, reply, via: 'command', stateBefore, stateAfter: tab.connection.state })
    this.pollOthers(tab)
    this.changed()
  }

  /** Closes the connection without QUIT or LOGOUT, as pulling the network cable would. */
  drop(id: string): void {
    const tab = this.tab(id)
    if (!tab || tab.connection.closed) return
    tab.markedAtDrop = [...tab.knowledge.pop3Marked]
    tab.connection.close()
    tab.dropped = true
    tab.literal = null
    tab.knowledge = applyDrop(tab.knowledge)
    this.append(tab, this.entry('console', this.deps.dropNotice[tab.protocol]))
    this.pollOthers(tab)
    this.changed()
  }

  /** New mail arrives in the user's INBOX from outside (as SMTP and the MDA would deliver it). */
  deliver(): StoredMessage | undefined {
    this.deliveries += 1
    const stored = this.server.deliver(this.user, consoleDelivery(this.deliveries, this.deps.firstDelivery, this.user))
    this.pollOthers(null)
    this.changed()
    return stored
  }

  /** The console's help for a tab, in its connection's current state. */
  help(tab: ConsoleTab): string[] {
    const { protocol, connection } = tab
    return helpLines({
      words: this.deps.helpWords,
      protocol,
      state: connection.state,
      closed: connection.closed,
      allowed: this.deps.allowed(protocol, connection.state),
      summarize: this.deps.summarize ? (verb) => this.deps.summarize?.(protocol, verb) : undefined,
      tag: nextTag(tab.sent),
      logins: this.world.users.map((user) => ({ name: user.name, password: user.password })),
    })
  }

  /** Collects what the server pushed to the other connections (IDLE updates). */
  private pollOthers(except: ConsoleTab | null): void {
    for (const tab of this.tabs) {
      if (tab === except || tab.connection.closed) continue
      const state = tab.connection.state
      const pushed = tab.connection.read()
      if (!pushed) continue
      this.append(tab, this.entry('server', pushed))
      this.record(tab, { client: null, reply: pushed, via: 'push', stateBefore: state, stateAfter: tab.connection.state })
    }
  }

  private record(tab: ConsoleTab, exchange: ConsoleExchange): void {
    tab.exchanges = [...tab.exchanges, exchange]
    tab.knowledge = applyExchange(
      tab.knowledge,
      { ...exchange, closed: tab.connection.closed, user: tab.connection.user },
      { mailbox: (user, name) => this.server.store.mailbox(user, name) },
    )
  }

  private append(tab: ConsoleTab, ...entries: TranscriptEntry[]): void {
    tab.entries = [...tab.entries, ...entries]
  }

  private entry(kind: EntryKind, text: string, literal = false): TranscriptEntry {
    return { id: this.nextEntryId++, kind, text, ...(literal ? { literal } : {}) }
  }

  private changed(): void {
    const inbox = this.server.store.inbox(this.user)?.messages ?? []
    const tabs = this.tabs.map((tab) => ({ ...tab, user: tab.connection.user }))
    const fresh = solvedChallenges({ inbox, tabs }).filter((id) => !this.solved.has(id))
    if (fresh.length > 0) {
      for (const id of fresh) this.solved = new Set([...this.solved, id])
      const titles = fresh.map((id) => this.deps.challengeTitle(id) ?? id)
      this.announcement = `Challenge solved: ${titles.join(', ')}.`
    }
    this.version += 1
    for (const listener of this.listeners) listener()
  }
}
