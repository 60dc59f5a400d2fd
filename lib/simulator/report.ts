// The final state of a lane in the runner's JSON shape (issue 4, extended by issue 12): the
// server's INBOX, its other folders and its outbound queue; each device's INBOX, its other folders
// and its Outbox; the metrics and the transcript. Tests check expectations against it.

import type { Protocol } from '@/lib/protocols'
import type { LaneFrame } from './capture'
import type { Exchange } from './exchange'
import type { DeviceMessageView, ServerMessageView } from './view'
import { minutesToSeeByKey } from './sightings'

export interface ServerMessageReport {
  uid: number
  subject: string
  flags: string[]
}

export interface DeviceMessageReport {
  uid: number
  account: string
  subject: string
  seen: boolean
  hasBody: boolean
}

export interface LaneReport {
  server: {
    bytesUsed: number
    /** The INBOX (every account's), as before folders existed. */
    messages: ServerMessageReport[]
    /** Every other mailbox by name. */
    folders: Record<string, ServerMessageReport[]>
    /** Mail accepted for other domains (it would be relayed; nothing leaves the simulation). */
    outbound: { from: string; to: string[]; subject: string }[]
  }
  devices: Record<
    string,
    {
      online: boolean
      bytesUsed: number
      /** What the device shows in INBOX. */
      messages: DeviceMessageReport[]
      /** What it shows in each other folder (Sent, Archive). */
      folders: Record<string, DeviceMessageReport[]>
      /** Written and not yet sent. */
      outbox: { to: string; subject: string }[]
    }
  >
  metrics: {
    roundTrips: number
    bytesToServer: number
    bytesFromServer: number
    /** Message key → device → simulated minutes from delivery until the device first held it. */
    minutesToSee: Record<string, Record<string, number>>
  }
  /** `protocol` only on exchanges in another protocol than the lane's ('smtp'). */
  transcript: { device: string; protocol?: 'smtp'; step: string; client: string | null; server: string }[]
}

export interface SimulationReport {
  scenario: string
  lanes: Partial<Record<Protocol, LaneReport>>
}

function serverMessage(message: ServerMessageView): ServerMessageReport {
  return { uid: message.uid, subject: message.subject, flags: message.flags }
}

function deviceMessage(message: DeviceMessageView): DeviceMessageReport {
  return { uid: message.uid, account: message.account, subject: message.subject, seen: message.seen, hasBody: message.hasBody }
}

/** Groups the messages outside INBOX by folder, in the order they come. */
function byFolder<M, R>(messages: readonly M[], folderOf: (message: M) => string, report: (message: M) => R): Record<string, R[]> {
  const folders: Record<string, R[]> = {}
  for (const message of messages) {
    const folder = folderOf(message)
    if (folder !== 'INBOX') (folders[folder] ??= []).push(report(message))
  }
  return folders
}

export function laneReport(frame: LaneFrame, transcript: readonly Exchange[]): LaneReport {
  const devices: LaneReport['devices'] = {}
  for (const device of frame.devices) {
    devices[device.id] = {
      online: device.online,
      bytesUsed: device.bytesUsed,
      messages: device.messages.filter((message) => message.folder === 'INBOX').map(deviceMessage),
      folders: byFolder(device.messages, (message) => message.folder, deviceMessage),
      outbox: device.outbox.map((entry) => ({ to: entry.to, subject: entry.subject })),
    }
  }
  return {
    server: {
      bytesUsed: frame.server.bytesUsed,
      messages: frame.server.messages.filter((message) => message.mailbox === 'INBOX').map(serverMessage),
      folders: byFolder(frame.server.messages, (message) => message.mailbox, serverMessage),
      outbound: frame.server.outbound.map((message) => ({ from: message.from, to: message.to, subject: message.subject })),
    },
    devices,
    metrics: { ...frame.metrics, minutesToSee: minutesToSeeByKey(frame.minutesToSee) },
    transcript: transcript.slice(0, frame.transcriptLength).map((entry) => ({
      device: entry.device,
      ...(entry.protocol ? { protocol: entry.protocol } : {}),
      step: entry.step,
      client: entry.client,
      server: entry.server,
    })),
  }
}
