// The final state of a lane in the runner's JSON shape (issue 4): the server's messages, each
// device's messages, the metrics and the transcript. Tests check expectations against it.

import type { Protocol } from '@/lib/protocols'
import type { LaneFrame } from './capture'
import type { Exchange } from './exchange'
import { minutesToSeeByKey } from './sightings'

export interface LaneReport {
  server: { bytesUsed: number; messages: { uid: number; subject: string; flags: string[] }[] }
  devices: Record<string, { online: boolean; bytesUsed: number; messages: { uid: number; account: string; subject: string; seen: boolean; hasBody: boolean }[] }>
  metrics: {
    roundTrips: number
    bytesToServer: number
    bytesFromServer: number
    /** Message key → device → simulated minutes from delivery until the device first held it. */
    minutesToSee: Record<string, Record<string, number>>
  }
  transcript: { device: string; step: string; client: string | null; server: string }[]
}

export interface SimulationReport {
  scenario: string
  lanes: Partial<Record<Protocol, LaneReport>>
}

export function laneReport(frame: LaneFrame, transcript: readonly Exchange[]): LaneReport {
  const devices: LaneReport['devices'] = {}
  for (const device of frame.devices) {
    devices[device.id] = {
      online: device.online,
      bytesUsed: device.bytesUsed,
      messages: device.messages.map((message) => ({
        uid: message.uid,
        account: message.account,
        subject: message.subject,
        seen: message.seen,
        hasBody: message.hasBody,
      })),
    }
  }
  return {
    server: {
      bytesUsed: frame.server.bytesUsed,
      messages: frame.server.messages.map((message) => ({ uid: message.uid, subject: message.subject, flags: message.flags })),
    },
    devices,
    metrics: { ...frame.metrics, minutesToSee: minutesToSeeByKey(frame.minutesToSee) },
    transcript: transcript.slice(0, frame.transcriptLength).map((entry) => ({
      device: entry.device,
      step: entry.step,
      client: entry.client,
      server: entry.server,
    })),
  }
}
