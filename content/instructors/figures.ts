// Figures the instructors' guide quotes, computed by running the scenario through the simulator
// (the same run `npm run simulate` prints), so the guide cannot drift from what learners see.

import type { Protocol } from '@/lib/protocols'
import { createSimulationContext, toReport } from '@/lib/simulator'
import { formatCount } from '../mythEvidence'
import { scenarios } from '../scenarios/catalog'

export interface LaneFigures {
  roundTrips: number
  bytesToServer: number
  bytesFromServer: number
  serverMessages: number
}

const cache = new Map<string, Record<Protocol, LaneFigures>>()

/** The final figures of a scenario's scripted run, per protocol. */
export function runFigures(scenarioId: string): Record<Protocol, LaneFigures> {
  const cached = cache.get(scenarioId)
  if (cached) return cached
  const report = toReport(createSimulationContext(scenarios, { scenarioId, protocols: ['pop3', 'imap'], granularity: 'action' }))
  const lane = (protocol: Protocol): LaneFigures => {
    const found = report.lanes[protocol]
    if (!found) throw new Error(`No ${protocol} lane in ${scenarioId}`)
    return { ...found.metrics, serverMessages: found.server.messages.length }
  }
  const figures = { pop3: lane('pop3'), imap: lane('imap') }
  cache.set(scenarioId, figures)
  return figures
}

const more = (a: number, b: number, word: [string, string]) => (a > b ? word[0] : a < b ? word[1] : 'the same number of')

/** What "Simpler and faster?" shows, in words, with the run's own figures. */
export function roundTripsSummary(): string {
  const { pop3, imap } = runFigures('round-trips')
  const trips = more(pop3.roundTrips, imap.roundTrips, ['more', 'fewer'])
  const bytes = more(pop3.bytesFromServer, imap.bytesFromServer, ['more', 'fewer'])
  return (
    `Both protocols download the same five messages, then check again, and the lab counts round trips and bytes. ` +
    `POP3 needs ${trips} round trips (${pop3.roundTrips} against ${imap.roundTrips}) but receives ${bytes} bytes ` +
    `(${formatCount(pop3.bytesFromServer)} against ${formatCount(imap.bytesFromServer)}). ` +
    `IMAP asks for many messages per command; it receives more because headers come twice and its replies describe the mailbox.`
  )
}
