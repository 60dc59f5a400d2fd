// The headless runner as a learner would call it: --list, the --json shape, and usage errors.

import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(__dirname, '..', '..')

function simulate(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'simulate.mjs'), ...args], { cwd: root, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run simulate', () => {
  it('lists the scenarios', () => {
    const { status, stdout } = simulate('--list')
    expect(status).toBe(0)
    expect(stdout).toMatch(/^download-and-delete\s+/m)
    expect(stdout).toMatch(/^free-play\s+/m)
  }, 60_000)

  it('prints the new scenarios of issue 12: sent mail in Sent and an SMTP exchange marked as such', () => {
    const { status, stdout } = simulate('--scenario', 'sending', '--json')
    expect(status).toBe(0)
    const lane = JSON.parse(stdout).lanes.imap
    expect(lane.devices.laptop.folders.Sent.map((m: { subject: string }) => m.subject)).toEqual(['Re: Photos from Saturday'])
    expect(lane.devices.phone.outbox).toEqual([])
    expect(lane.server.outbound.map((m: { subject: string }) => m.subject)).toEqual(['Re: Photos from Saturday'])
    const smtp = lane.transcript.find((entry: { protocol?: string }) => entry.protocol === 'smtp')
    expect(Object.keys(smtp)).toEqual(['device', 'protocol', 'step', 'client', 'server'])
  }, 60_000)

  it('prints the JSON shape of issue 4', () => {
    const { status, stdout } = simulate('--scenario', 'read-sync', '--json')
    expect(status).toBe(0)
    const report = JSON.parse(stdout)
    expect(Object.keys(report)).toEqual(['scenario', 'lanes'])
    expect(report.scenario).toBe('read-sync')
    expect(Object.keys(report.lanes)).toEqual(['pop3', 'imap'])
    const lane = report.lanes.imap
    expect(Object.keys(lane)).toEqual(['server', 'devices', 'metrics', 'transcript'])
    expect(Object.keys(lane.server)).toEqual(['bytesUsed', 'messages', 'folders', 'outbound'])
    expect(Object.keys(lane.server.messages[0])).toEqual(['uid', 'subject', 'flags'])
    expect(Object.keys(lane.devices.phone)).toEqual(['online', 'bytesUsed', 'messages', 'folders', 'outbox'])
    expect(Object.keys(lane.devices.phone.messages[0])).toEqual(['uid', 'account', 'subject', 'seen', 'hasBody'])
    expect(Object.keys(lane.metrics)).toEqual(['roundTrips', 'bytesToServer', 'bytesFromServer', 'minutesToSee'])
    expect(Object.keys(lane.transcript[1])).toEqual(['device', 'step', 'client', 'server'])
    expect(lane.devices.laptop.messages.find((m: { subject: string }) => m.subject === 'Lunch?').seen).toBe(true)
  }, 60_000)

  it('runs one protocol, lists lost devices no more, and prints text with a final table', () => {
    const json = JSON.parse(simulate('--scenario', 'lost-phone', '--protocol', 'imap', '--json').stdout)
    expect(Object.keys(json.lanes)).toEqual(['imap'])
    expect(Object.keys(json.lanes.imap.devices)).toEqual(['tablet'])
    const text = simulate('--scenario', 'round-trips')
    expect(text.status).toBe(0)
    expect(text.stdout).toMatch(/round trips\s+22\s+11/)
    expect(text.stdout).toMatch(/Expected outcome: reached/)
  }, 60_000)

  it.each([[[]], [['--scenario']], [['--scenario', 'nope']], [['--protocol', 'smtp', '--scenario', 'offline']], [['--frobnicate']]])('exits 2 with usage for %j', (args) => {
    const { status, stderr } = simulate(...args)
    expect(status).toBe(2)
    expect(stderr).toMatch(/Usage: npm run simulate/)
  }, 60_000)
})
