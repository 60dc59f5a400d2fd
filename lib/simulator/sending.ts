// Mail leaving a device, and mail arriving from outside over SMTP. A device's message waits in
// its Outbox until the device is online; then the mail app submits it (port 587, AUTH first,
// RFC 6409) and files its own copy: IMAP APPENDs it to Sent on the server, POP3 keeps it only on
// the device. Mail from outside is handed over by the sender's server (port 25, RFC 5321).

import type { Connection, MailServer, Protocol } from '@/lib/protocols'
import type { ClientRuntime } from './clientProgress'
import type { Exchange } from './exchange'
import type { DeviceId } from './devices'
import type { Granularity } from './view'
import { runSmtp, type SmtpOutcome } from './smtpDialogue'
import { createConnectionWire } from './wire'

/** The domain of the simulated users' addresses (the SMTP server's local domain). */
export const LOCAL_DOMAIN = 'example.org'

/** A message written on a device and not yet accepted by the submission server. */
export interface OutboxEntry {
  /** Stable within the device: `${account}:outbox:${n}`. */
  key: string
  account: string
  to: string
  subject: string
  raw: string
}

export interface SendInput {
  to: string
  subject: string
  body?: string
}

/** The nth message written on `device` by `user`: deterministic RFC 5322 text. */
export function composedMessage(user: string, device: DeviceId, n: number, input: SendInput): string {
  const minute = String((30 + n) % 60).padStart(2, '0')
  return [
    `From: ${user} <${user}@${LOCAL_DOMAIN}>`,
    `To: ${input.to}`,
    `Subject: ${input.subject}`,
    `Date: Wed, 15 Nov 2023 10:${minute}:00 +0000`,
    `Message-ID: <sent-${n}.${device}.${user}@${LOCAL_DOMAIN}>`,
    '',
    input.body ?? `Written on the ${device}.`,
    '',
  ].join('\r\n')
}

/** What sending needs of a lane: its server, its transcript and how to mark a unit of work. */
export interface SmtpLane {
  readonly server: MailServer
  record(exchange: Exchange): void
}

/** Calls `unit` after each exchange at exchange granularity, once at the end at step granularity. */
function unitPacing(granularity: Granularity, unit: () => void): { afterExchange: () => void; afterDialogue: () => void } {
  const none = () => {}
  if (granularity === 'exchange') return { afterExchange: unit, afterDialogue: none }
  if (granularity === 'step') return { afterExchange: none, afterDialogue: unit }
  return { afterExchange: none, afterDialogue: none }
}

/** Submits one Outbox message from `device` (online) with the account's password. */
export function submit(
  lane: SmtpLane,
  device: { id: DeviceId; online: boolean },
  account: { user: string; password: string },
  entry: OutboxEntry,
  granularity: Granularity,
  unit: () => void,
  onAccepted?: () => void,
): SmtpOutcome {
  const wire = createConnectionWire(
    () => (device.online ? lane.server.connect('smtp', { role: 'submission' }) : null),
    (record) => lane.record({ device: device.id, account: account.user, protocol: 'smtp', ...record }),
  )
  const pacing = unitPacing(granularity, unit)
  const outcome = runSmtp(
    wire,
    'sending',
    { helo: `${device.id}.${LOCAL_DOMAIN}`, auth: account, from: `${account.user}@${LOCAL_DOMAIN}`, to: [addressOf(entry.to)], raw: entry.raw, onAccepted },
    pacing.afterExchange,
  )
  wire.drop()
  pacing.afterDialogue()
  return outcome
}

/** The sender's server (example.net) hands `raw` to ours for `user`, as on port 25. */
export function relay(lane: SmtpLane, user: string, raw: string, granularity: Granularity, unit: () => void): SmtpOutcome {
  const wire = createConnectionWire(
    (): Connection<'smtp'> => lane.server.connect('smtp', { role: 'mta' }),
    (record) => lane.record({ device: 'relay', account: user, protocol: 'smtp', ...record }),
  )
  const pacing = unitPacing(granularity, unit)
  const from = /^From: .*<([^>]+)>/m.exec(raw)?.[1] ?? 'dana@example.net'
  const outcome = runSmtp(wire, 'relaying', { helo: 'mail.example.net', from, to: [`${user}@${LOCAL_DOMAIN}`], raw }, pacing.afterExchange)
  wire.drop()
  pacing.afterDialogue()
  return outcome
}

/** "Bob <bob@example.net>" → "bob@example.net"; a bare address stays as it is. */
export function addressOf(recipient: string): string {
  return /<([^>]+)>/.exec(recipient)?.[1] ?? recipient.trim()
}

/** What emptying an Outbox needs of a lane besides SMTP: its protocol, notices and accounts. */
export interface OutboxLane extends SmtpLane {
  readonly protocol: Protocol
  notices: string[]
  passwordOf(user: string): string | undefined
  /** Names mail that arrived over SMTP, so later actions can find it by key. */
  registerNew(): void
}

/**
 * Submits what waits in the device's Outbox, oldest first. What the server accepts leaves the
 * Outbox and the client keeps its sent copy (POP3: on the device; IMAP: APPEND to Sent, driven
 * after the conversation), in the frame of the server's acceptance; a refusal stays in the
 * Outbox, with a notice.
 */
export function flushOutbox(
  lane: OutboxLane,
  device: { id: DeviceId; online: boolean; clients: ClientRuntime[]; outbox: OutboxEntry[] },
  granularity: Granularity,
  unit: () => void,
  drive: (client: ClientRuntime) => void,
): void {
  for (const entry of [...device.outbox]) {
    const client = device.clients.find((candidate) => candidate.account.user === entry.account)
    const password = lane.passwordOf(entry.account)
    if (!client || password === undefined) continue
    const accepted = () => {
      device.outbox.splice(device.outbox.indexOf(entry), 1)
      client.actor.send({ type: 'user.sent', raw: entry.raw })
    }
    const outcome = submit(lane, device, { user: entry.account, password }, entry, granularity, unit, accepted)
    lane.registerNew()
    if (!outcome.accepted) {
      lane.notices.push('send-refused')
      continue
    }
    // After a lost connection the IMAP app reconnects to file its copy, as it would for any change.
    if (lane.protocol === 'imap' && client.actor.getSnapshot().matches('error')) client.actor.send({ type: 'client.check' })
    drive(client)
  }
}
