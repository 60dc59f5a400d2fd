// Self-test of checkExpectations (lib/simulator/expect.ts), the only oracle for scenario outcomes:
// a real report passes, and each deliberately broken copy of it (a lane missing, a POP3 lane that
// kept its mail, a device that lost its read marks, a comparison turned round) must fail.

import { checkExpectations, createSimulationContext, toReport, type LaneReport, type SimulationReport } from '@/lib/simulator'
import { scenarios } from '@/content/scenarios'

const scenario = scenarios.find((candidate) => candidate.id === 'download-and-delete')!
const readSync = scenarios.find((candidate) => candidate.id === 'read-sync')!

function reportFor(id: string): SimulationReport {
  return toReport(createSimulationContext(scenarios, { scenarioId: id, protocols: ['pop3', 'imap'], granularity: 'action' }))
}

/** A deep copy to break. */
const copy = (report: SimulationReport): SimulationReport => structuredClone(report)

describe('checkExpectations self-test', () => {
  it('passes the real reports', () => {
    expect(checkExpectations(scenario, reportFor(scenario.id))).toEqual([])
    expect(checkExpectations(readSync, reportFor(readSync.id))).toEqual([])
  })

  it('fails when a lane is missing, unless the run was for the other protocol only', () => {
    const broken = copy(reportFor(scenario.id))
    delete broken.lanes.imap
    expect(checkExpectations(scenario, broken)).toEqual(['imap: lane missing from the report'])
    expect(checkExpectations(scenario, broken, ['pop3'])).toEqual([])
    expect(checkExpectations(scenario, { scenario: scenario.id, lanes: {} })).toHaveLength(2)
  })

  it('fails a report for another scenario', () => {
    expect(checkExpectations(scenario, reportFor(readSync.id)).join('\n')).toMatch(/not "download-and-delete"/)
  })

  it('fails when the POP3 lane kept its mail on the server', () => {
    const broken = copy(reportFor(scenario.id))
    const imapServer = broken.lanes.imap!.server
    broken.lanes.pop3!.server = structuredClone(imapServer)
    const failures = checkExpectations(scenario, broken)
    expect(failures).toContain('pop3: server subjects: expected [], got [Lunch?, Photos from Saturday, Your train tickets]')
    expect(failures.some((failure) => failure.startsWith('serverBytes: expected pop3<imap'))).toBe(true)
  })

  it('fails a device that shows other read marks, lost bodies, or vanished', () => {
    const phone = (report: SimulationReport): LaneReport['devices'][string] => report.lanes.pop3!.devices.phone
    const unread = copy(reportFor(scenario.id))
    for (const message of phone(unread).messages) message.seen = true
    expect(checkExpectations(scenario, unread).join('\n')).toMatch(/pop3: phone unseen: expected/)
    const noBody = copy(reportFor(scenario.id))
    phone(noBody).messages[0].hasBody = false
    expect(checkExpectations(scenario, noBody).join('\n')).toMatch(/pop3: phone with body/)
    const gone = copy(reportFor(scenario.id))
    delete gone.lanes.pop3!.devices.phone
    expect(checkExpectations(scenario, gone)).toContain('pop3: phone is missing')
  })

  it('fails a transcript without a command the scenario must send, or with one it must not', () => {
    const noDele = copy(reportFor(scenario.id))
    noDele.lanes.pop3!.transcript = noDele.lanes.pop3!.transcript.filter((entry) => !entry.client?.startsWith('DELE'))
    expect(checkExpectations(scenario, noDele)).toContain('pop3: never sent "DELE 1"')
    const expunged = copy(reportFor(scenario.id))
    expunged.lanes.imap!.transcript.push({ device: 'phone', step: 'x', client: 'a9 EXPUNGE', server: 'a9 OK\r\n' })
    expect(checkExpectations(scenario, expunged)).toContain('imap: sent "EXPUNGE"')
  })

  it('fails folders, an Outbox and the outbound queue that differ from the sending scenario', () => {
    const sending = scenarios.find((candidate) => candidate.id === 'sending')!
    const real = reportFor('sending')
    expect(checkExpectations(sending, real)).toEqual([])
    const broken = copy(real)
    broken.lanes.imap!.devices.laptop.folders = {}
    broken.lanes.pop3!.devices.phone.outbox = [{ to: 'Carol Diaz <carol@example.net>', subject: 'Re: Photos from Saturday' }]
    broken.lanes.imap!.server.outbound = []
    broken.lanes.pop3!.server.folders = { Sent: [{ uid: 1, subject: 'Re: Photos from Saturday', flags: ['\\Seen'] }] }
    const failures = checkExpectations(sending, broken)
    expect(failures).toContain('imap: laptop Sent: expected [Re: Photos from Saturday], got []')
    expect(failures).toContain('pop3: phone outbox: expected [], got [Re: Photos from Saturday]')
    expect(failures).toContain('imap: server outbound: expected [Re: Photos from Saturday], got []')
    expect(failures).toContain('pop3: server Sent: expected [], got [Re: Photos from Saturday]')
  })
})
