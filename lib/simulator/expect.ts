// Checks a simulation's final report against a scenario's expected outcome and comparisons.
// Returns the failures as sentences (empty when the scenario shows what it claims).

import type { Protocol } from '@/lib/protocols'
import type { LaneReport, SimulationReport } from './report'
import type { Comparison, DeviceExpectation, LaneExpectation, Scenario } from './scenario'

/**
 * `protocols` are the lanes the report must hold (both unless the run was for one protocol): a
 * missing lane is a failure, never a silent pass.
 */
export function checkExpectations(scenario: Scenario, report: SimulationReport, protocols: readonly Protocol[] = ['pop3', 'imap']): string[] {
  const failures: string[] = []
  if (report.scenario !== scenario.id) failures.push(`report is for scenario "${report.scenario}", not "${scenario.id}"`)
  for (const protocol of protocols) {
    const lane = report.lanes[protocol]
    if (!lane) failures.push(`${protocol}: lane missing from the report`)
    else failures.push(...checkLane(scenario.expected[protocol], lane).map((failure) => `${protocol}: ${failure}`))
  }
  if (report.lanes.pop3 && report.lanes.imap) {
    for (const comparison of scenario.comparisons ?? []) {
      const failure = checkComparison(comparison, report.lanes.pop3, report.lanes.imap)
      if (failure) failures.push(failure)
    }
  }
  return failures
}

function sameSet(label: string, actual: string[], expected: string[] | undefined): string[] {
  if (!expected) return []
  const a = [...actual].sort()
  const e = [...expected].sort()
  return JSON.stringify(a) === JSON.stringify(e) ? [] : [`${label}: expected [${e.join(', ')}], got [${a.join(', ')}]`]
}

/** Each named folder holds exactly the expected subjects; a folder that is not there is empty. */
function checkFolders(who: string, actual: Record<string, { subject: string }[]>, expected: Partial<Record<string, string[]>> | undefined): string[] {
  return Object.entries(expected ?? {}).flatMap(([folder, subjects]) =>
    sameSet(`${who} ${folder}`, (actual[folder] ?? []).map((m) => m.subject), subjects),
  )
}

function checkLane(expected: LaneExpectation, lane: LaneReport): string[] {
  const failures: string[] = []
  if (expected.server) {
    const messages = lane.server.messages
    failures.push(...sameSet('server subjects', messages.map((m) => m.subject), expected.server.subjects))
    failures.push(...sameSet('server seen', messages.filter((m) => m.flags.includes('\\Seen')).map((m) => m.subject), expected.server.seen))
    failures.push(...sameSet('server unseen', messages.filter((m) => !m.flags.includes('\\Seen')).map((m) => m.subject), expected.server.unseen))
    failures.push(...checkFolders('server', lane.server.folders, expected.server.folders))
    failures.push(...sameSet('server outbound', lane.server.outbound.map((m) => m.subject), expected.server.outbound))
  }
  for (const [id, device] of Object.entries(expected.devices ?? {}) as [string, DeviceExpectation][]) {
    const actual = lane.devices[id]
    if (device.present === false) {
      if (actual) failures.push(`${id} should be gone`)
      continue
    }
    if (!actual) {
      failures.push(`${id} is missing`)
      continue
    }
    if (device.online !== undefined && device.online !== actual.online) failures.push(`${id} online: expected ${device.online}`)
    const messages = actual.messages
    failures.push(...sameSet(`${id} subjects`, messages.map((m) => m.subject), device.subjects))
    failures.push(...sameSet(`${id} seen`, messages.filter((m) => m.seen).map((m) => m.subject), device.seen))
    failures.push(...sameSet(`${id} unseen`, messages.filter((m) => !m.seen).map((m) => m.subject), device.unseen))
    failures.push(...sameSet(`${id} with body`, messages.filter((m) => m.hasBody).map((m) => m.subject), device.withBody))
    failures.push(...sameSet(`${id} without body`, messages.filter((m) => !m.hasBody).map((m) => m.subject), device.withoutBody))
    failures.push(...checkFolders(id, actual.folders, device.folders))
    failures.push(...sameSet(`${id} outbox`, actual.outbox.map((m) => m.subject), device.outbox))
  }
  if (expected.metrics?.roundTrips !== undefined && expected.metrics.roundTrips !== lane.metrics.roundTrips) {
    failures.push(`round trips: expected ${expected.metrics.roundTrips}, got ${lane.metrics.roundTrips}`)
  }
  failures.push(...checkMinutesToSee(expected.metrics?.minutesToSee, lane))
  const lines = lane.transcript.map((entry) => (entry.client ?? '').replace(/^[a-z]\d+ /, ''))
  for (const line of expected.sent ?? []) if (!lines.includes(line)) failures.push(`never sent "${line}"`)
  for (const line of expected.notSent ?? []) if (lines.includes(line)) failures.push(`sent "${line}"`)
  return failures
}

/**
 * Each expected (subject, device, minutes) must match a sighting exactly. The report keys
 * sightings by message key; the subject of a key is read from the messages the devices still hold.
 */
function checkMinutesToSee(expected: NonNullable<LaneExpectation['metrics']>['minutesToSee'], lane: LaneReport): string[] {
  const failures: string[] = []
  const subjects = new Map<string, string>()
  for (const device of Object.values(lane.devices)) for (const m of device.messages) subjects.set(`${m.account}:${m.uid}`, m.subject)
  for (const { subject, device, minutes } of expected ?? []) {
    const seen = Object.entries(lane.metrics.minutesToSee)
      .filter(([key]) => subjects.get(key) === subject)
      .map(([, byDevice]) => byDevice[device])
      .filter((value): value is number => value !== undefined)
    if (seen.length === 0) failures.push(`minutes to see "${subject}" on ${device}: expected ${minutes}, but it never held it`)
    else if (!seen.includes(minutes)) failures.push(`minutes to see "${subject}" on ${device}: expected ${minutes}, got ${seen.join(', ')}`)
  }
  return failures
}

function measure(comparison: Comparison, lane: LaneReport): number {
  switch (comparison.measure) {
    case 'serverBytes':
      return lane.server.bytesUsed
    case 'deviceBytes':
      return lane.devices[comparison.device ?? '']?.bytesUsed ?? 0
    default:
      return lane.metrics[comparison.measure]
  }
}

function checkComparison(comparison: Comparison, pop3: LaneReport, imap: LaneReport): string | null {
  const a = measure(comparison, pop3)
  const b = measure(comparison, imap)
  const holds = comparison.relation === 'pop3<imap' ? a < b : comparison.relation === 'pop3>imap' ? a > b : a === b
  const what = `${comparison.measure}${comparison.device ? ` (${comparison.device})` : ''}`
  return holds ? null : `${what}: expected ${comparison.relation}, got pop3 ${a} and imap ${b}`
}
