// The figures a myth card shows: read off this run's simulation view, per protocol lane, so the
// card states what the learner just watched, not a number typed into content/.

import type { Protocol } from '@/lib/protocols'
import type { DeviceView, LaneView, SimulationView } from '@/lib/simulator/view'
import type { Evidence, Myth } from './myths'

export interface EvidenceRow {
  label: string
  values: Partial<Record<Protocol, string>>
}

const POP3_VERBS = new Set(['USER', 'PASS', 'APOP', 'AUTH', 'CAPA', 'STAT', 'LIST', 'RETR', 'DELE', 'NOOP', 'RSET', 'TOP', 'UIDL', 'QUIT', 'STLS'])

/** 12345 → "12,345", without the runtime's locale. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

function label(evidence: Evidence): string {
  switch (evidence.measure) {
    case 'serverMessages':
      return 'Messages on the server'
    case 'deviceMessages':
      return `Messages on the ${evidence.device}`
    case 'deviceBodies':
      return `Whole messages (not just headers) on the ${evidence.device}`
    case 'readOn':
      return `Shown as read on the ${evidence.device}`
    case 'flaggedOnServer':
      return 'Flagged messages, as the server stores them'
    case 'roundTrips':
      return 'Round trips'
    case 'bytesFromServer':
      return 'Bytes received from the server'
    case 'serverBytes':
      return 'Bytes stored on the server'
    case 'deviceBytes':
      return `Bytes stored on the ${evidence.device}`
    case 'commands':
      return `${evidence.verb} commands sent`
  }
}

function device(lane: LaneView, id: string): DeviceView | undefined {
  return lane.devices.find((candidate) => candidate.id === id)
}

function verbOf(line: string): string {
  const words = line.trim().split(/\s+/)
  const rest = /^[A-Za-z]+\d+$/.test(words[0] ?? '') && words.length > 1 ? words.slice(1) : words
  return (rest[0] ?? '').toUpperCase()
}

function value(evidence: Evidence, lane: LaneView): string {
  const onDevice = (id: string, count: (d: DeviceView) => number) => {
    const found = device(lane, id)
    return found ? formatCount(count(found)) : `no ${id}`
  }
  switch (evidence.measure) {
    case 'serverMessages':
      return formatCount(lane.server.messages.length)
    case 'deviceMessages':
      return onDevice(evidence.device, (d) => d.messages.length)
    case 'deviceBodies':
      return onDevice(evidence.device, (d) => d.messages.filter((m) => m.hasBody).length)
    case 'readOn':
      return onDevice(evidence.device, (d) => d.messages.filter((m) => m.seen).length)
    case 'flaggedOnServer':
      return formatCount(lane.server.messages.filter((m) => m.flags.includes('\\Flagged')).length)
    case 'roundTrips':
      return formatCount(lane.metrics.roundTrips)
    case 'bytesFromServer':
      return formatCount(lane.metrics.bytesFromServer)
    case 'serverBytes':
      return formatCount(lane.server.bytesUsed)
    case 'deviceBytes':
      return onDevice(evidence.device, (d) => d.bytesUsed)
    case 'commands': {
      const verb = evidence.verb.toUpperCase()
      if (lane.protocol === 'imap' && POP3_VERBS.has(verb)) return 'not an IMAP command'
      return formatCount(lane.transcript.filter((entry) => entry.client !== null && verbOf(entry.client) === verb).length)
    }
  }
}

/** One row per evidence item, with the figure of each lane the view shows. */
export function evidenceRows(myth: Myth, view: SimulationView): EvidenceRow[] {
  return myth.evidence.map((evidence) => {
    const values: EvidenceRow['values'] = {}
    for (const protocol of ['pop3', 'imap'] as const) {
      const lane = view.lanes[protocol]
      if (lane) values[protocol] = value(evidence, lane)
    }
    return { label: label(evidence), values }
  })
}
