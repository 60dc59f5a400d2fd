// One lane: the world under one protocol. One simulated server, the devices with a client
// machine per account, the wire transcript and the metrics. It applies user actions by driving
// the client machines a whole workflow step or one exchange at a time, calling `onUnit` after each.

import { createActor, type Actor, type InspectionEvent } from 'xstate'
import { clientMoves, currentStep, type ClientActor, type ClientRuntime } from './clientProgress'
import { createMailServer, octetLength, type MailServer, type Protocol } from '@/lib/protocols'
import { parseHeaders } from './clients/localMessage'
import { deliveredMessage } from './delivery'
import { imapClientMachine } from './machines/imapClientMachine'
import { pop3ClientMachine } from './machines/pop3ClientMachine'
import type { AccountSpec, DeviceSpec, WorldSpec } from './world'
import type { DeviceId } from './devices'
import type { Exchange } from './exchange'
import type { Granularity } from './view'
import { messageKey, type SimAction } from './actions'
import { createConnectionWire } from './wire'
import { SimulatedClock } from './clock'
import { advanceClock } from './laneClock'
import { pushToIdlers } from './lanePush'
import { Sightings } from './sightings'
import { MAX_DEVICES, type LaneMetricsView, type StateMove } from './view'
import { relay } from './sending'
import { applyToDevice } from './deviceActions'
import type { ProtocolState } from '@/lib/protocols'

export { currentStep } from './clientProgress'
export type { ClientActor, ClientRuntime } from './clientProgress'

import type { DeviceRuntime } from './deviceRuntime'
export type { DeviceRuntime } from './deviceRuntime'

/** A transition a device's client made: of its machine, or of its connection's protocol state. */
export type LaneMove =
  | { device: DeviceId; account: string; kind: 'client'; move: StateMove<string> }
  | { device: DeviceId; account: string; kind: 'protocol'; move: StateMove<ProtocolState | null> }

/** The longest a session may run, in units; a guard against a machine that never settles. */
const MAX_UNITS_PER_SESSION = 100_000

export class Lane {
  readonly server: MailServer
  readonly devices: DeviceRuntime[] = []
  readonly transcript: Exchange[] = []
  /** Every state change of every client, in order; a frame shows those of its unit. */
  readonly moves: LaneMove[] = []
  readonly metrics: LaneMetricsView = { roundTrips: 0, bytesToServer: 0, bytesFromServer: 0 }
  /** Simulator bookkeeping (not client knowledge): each account's Message-ID → server UID. */
  readonly uidByMessageId = new Map<string, Map<string, number>>()
  readonly messageIdByKey = new Map<string, string>()
  /** Bumped whenever the server's mailboxes change, so views are rebuilt only when needed. */
  serverVersion = 0
  /** The lane's simulated minutes, polling schedules and IDLE renewals (clock.ts). */
  readonly clock = new SimulatedClock<ClientRuntime>()
  /** When each delivered message arrived, and when each device first held it. */
  readonly sightings = new Sightings()
  activeDevice: DeviceId | null = null
  notices: string[] = []
  private deliveries = 0
  private readonly watched = new WeakSet<object>()

  constructor(
    readonly protocol: Protocol,
    private readonly world: WorldSpec,
  ) {
    this.server = createMailServer({
      users: world.users.map((user) => ({
        name: user.name,
        password: user.password,
        messages: user.messages,
        quotaBytes: user.quotaBytes,
        mailboxes: Object.fromEntries((user.folders ?? []).map((folder) => [folder, user.filed?.[folder] ?? []])),
      })),
    })
    this.watchMailboxes()
    for (const user of world.users) {
      for (const message of this.server.store.inbox(user.name)?.messages ?? []) this.register(user.name, message.uid, message.text)
    }
    for (const device of world.devices) this.addDevice(device)
  }

  device(id: DeviceId): DeviceRuntime | undefined {
    return this.devices.find((device) => device.id === id)
  }

  /** Applies one action; `onUnit` runs after each unit of work at the given granularity. */
  apply(action: SimAction, granularity: Granularity, onUnit: () => void): void {
    this.notices = []
    this.activeDevice = 'device' in action ? action.device : null
    let captured = false
    const unit = () => {
      captured = true
      onUnit()
    }
    const drive = (client: ClientRuntime, stopAfter?: (client: ClientRuntime) => boolean) => this.drive(client, granularity, unit, stopAfter)
    const device = 'device' in action ? this.device(action.device) : undefined
    switch (action.type) {
      case 'mail.deliver': {
        const user = action.user ?? this.world.users[0].name
        const raw = deliveredMessage(user, ++this.deliveries, action)
        if (action.via === 'smtp') {
          const outcome = relay(this, user, raw, granularity, unit)
          if (!outcome.accepted) this.notices.push('relay-refused')
          this.registerNew()
          break
        }
        const stored = this.server.deliver(user, raw)
        if (stored) this.register(user, stored.uid, stored.text)
        else this.notices.push('over-quota')
        break
      }
      case 'device.add':
        if (!device && this.devices.length < MAX_DEVICES) this.addDevice({ id: action.device, accounts: action.accounts ?? this.defaultAccounts() })
        break
      case 'device.lose':
        if (device) {
          for (const client of device.clients) {
            client.wire.drop()
            client.actor.stop()
            this.clock.forget(client)
          }
          this.devices.splice(this.devices.indexOf(device), 1)
        }
        break
      case 'clock.advance':
        advanceClock(this, action.minutes, (event) => {
          event.client.actor.send(event.kind === 'check' ? { type: 'client.check' } : { type: 'idle.renew' })
          drive(event.client)
          pushToIdlers(this, granularity, unit, drive)
        })
        if (!captured && granularity !== 'action') this.notices.push('time-passed')
        break
      default:
        if (!device) this.notices.push('no-such-device')
        else applyToDevice(this, device, action, drive, granularity, unit)
    }
    pushToIdlers(this, granularity, unit, drive)
    if (!captured || granularity === 'action') onUnit()
  }

  /** Runs a client's session to its end (or to `stopAfter`), one unit per `onUnit` call. */
  private drive(client: ClientRuntime, granularity: Granularity, onUnit: () => void, stopAfter?: (client: ClientRuntime) => boolean): void {
    const event = granularity === 'exchange' ? 'client.exchange' : 'client.step'
    // A session waiting in IDLE is connected but has nothing to do until the server pushes.
    const working = () => client.actor.getSnapshot().matches('session') && currentStep(client) !== 'idling'
    for (let units = 0; units < MAX_UNITS_PER_SESSION && working(); units++) {
      if (stopAfter?.(client)) return
      client.actor.send({ type: event })
      if (granularity !== 'action') onUnit()
    }
  }

  private addDevice(spec: DeviceSpec): void {
    const device: DeviceRuntime = { id: spec.id, online: spec.online ?? true, clients: [], outbox: [], composed: 0 }
    for (const account of spec.accounts) {
      const user = this.world.users.find((candidate) => candidate.name === account.user)
      if (!user) continue
      const who = { device: spec.id, account: account.user }
      const wire = createConnectionWire(
        () => (device.online ? this.server.connect(this.protocol) : null),
        (entry) => this.record({ ...who, ...entry }),
        (move) => this.moves.push({ ...who, kind: 'protocol', move }),
      )
      const input = { device: spec.id, user: user.name, password: user.password, wire }
      const inspect = (event: InspectionEvent) => {
        for (const move of clientMoves(event)) this.moves.push({ ...who, kind: 'client', move })
      }
      const actor: ClientActor =
        this.protocol === 'pop3'
          ? createActor(pop3ClientMachine, { input: { ...input, leaveCopy: account.leaveCopy ?? false }, inspect })
          : createActor(imapClientMachine, { input: { ...input, offlineCopies: account.offlineCopies ?? 'headers', push: account.push ?? false }, inspect })
      const client: ClientRuntime = { account, actor, wire }
      // Both machines keep `messages`; the cast only picks one of the union's subscribe signatures.
      const watched = actor as Actor<typeof imapClientMachine>
      watched.subscribe((snapshot) => {
        this.sightings.observe(spec.id, account.user, snapshot.context.messages, this.clock.minutes)
        const idling = snapshot.matches({ session: 'idling' })
        if (idling && !this.clock.isIdle(client)) this.clock.idleFromNow(client)
        else if (!idling) this.clock.notIdle(client)
      })
      actor.start()
      if (!device.online) actor.send({ type: 'net.offline' })
      this.clock.poll(client, account.checkEvery)
      device.clients.push(client)
    }
    this.devices.push(device)
  }

  passwordOf(user: string): string | undefined {
    return this.world.users.find((candidate) => candidate.name === user)?.password
  }

  private defaultAccounts(): AccountSpec[] {
    return this.world.newDeviceAccounts ?? this.world.users.map((user) => ({ user: user.name }))
  }

  record(exchange: Exchange): void {
    this.watchMailboxes()
    this.transcript.push(exchange)
    if (exchange.client !== null) {
      this.metrics.bytesToServer += octetLength(exchange.client) + 2
      if (exchange.server !== '') this.metrics.roundTrips++
    }
    this.metrics.bytesFromServer += octetLength(exchange.server)
  }

  /** New mail in an INBOX, however it came (delivery, SMTP): stamped with the clock's minute. */
  private stampDelivery(user: string, uid: number): void {
    const stored = this.server.store.inbox(user)?.byUid(uid)
    if (!stored) return
    const headers = parseHeaders(stored.text)
    this.sightings.delivered(user, uid, headers.messageId, headers.subject, this.clock.minutes)
  }

  /** Follows every mailbox of every user, including those a client creates later (CREATE Sent). */
  private watchMailboxes(): void {
    for (const user of this.world.users) {
      for (const name of this.server.store.mailboxNames(user.name)) {
        const mailbox = this.server.store.mailbox(user.name, name)
        if (!mailbox || this.watched.has(mailbox)) continue
        this.watched.add(mailbox)
        mailbox.subscribe((change) => {
          this.serverVersion++
          // New mail from outside (no client session caused it), stamped with the clock's minute.
          if (name === 'INBOX' && change.kind === 'append' && change.origin === undefined) this.stampDelivery(user.name, change.uid)
        })
        this.serverVersion++
      }
    }
  }

  /** Names INBOX messages that arrived over SMTP (from a relay or a local sender). */
  registerNew(): void {
    for (const user of this.world.users) {
      for (const message of this.server.store.inbox(user.name)?.messages ?? []) {
        if (!this.messageIdByKey.has(messageKey(user.name, 'INBOX', message.uid))) this.register(user.name, message.uid, message.text)
      }
    }
  }

  private register(user: string, uid: number, raw: string): void {
    const messageId = parseHeaders(raw).messageId
    let byId = this.uidByMessageId.get(user)
    if (!byId) this.uidByMessageId.set(user, (byId = new Map()))
    byId.set(messageId, uid)
    this.messageIdByKey.set(messageKey(user, 'INBOX', uid), messageId)
  }
}
