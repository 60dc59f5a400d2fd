// Sending from a device and mail from outside (lib/simulator/sending.ts) through a lane: the
// Outbox while offline, submission once online, the sent copy per protocol, CREATE on TRYCREATE,
// and the sender's server refused by a full mailbox.

import { createSimulationContext, toReport } from '@/lib/simulator'
import { scenarios } from '@/content/scenarios'
import { addressOf, composedMessage } from '@/lib/simulator/sending'
import type { Protocol } from '@/lib/protocols'
import { aliceLane, applyToLane } from '@/test/fixtures/aliceLane'
import type { SimAction, UserSpec } from '@/lib/simulator'

const lane = (protocol: Protocol, user: Partial<UserSpec> = {}) => aliceLane(protocol, ['phone', 'laptop'], user)
const apply = applyToLane

const SEND: SimAction = { type: 'user.send', device: 'phone', to: 'Carol <carol@example.net>', subject: 'Hi Carol' }

describe('composing', () => {
  it('writes deterministic RFC 5322 text and reads the address out of a display name', () => {
    const raw = composedMessage('alice', 'phone', 2, { to: 'Carol <carol@example.net>', subject: 'Hi' })
    expect(raw).toBe(composedMessage('alice', 'phone', 2, { to: 'Carol <carol@example.net>', subject: 'Hi' }))
    expect(raw).toMatch(/^From: alice <alice@example\.org>\r\n/)
    expect(raw).toMatch(/\r\nMessage-ID: <sent-2\.phone\.alice@example\.org>\r\n/)
    expect(addressOf('Carol <carol@example.net>')).toBe('carol@example.net')
    expect(addressOf(' bob@example.org ')).toBe('bob@example.org')
  })
})

describe('sending from a device', () => {
  it.each(['pop3', 'imap'] as const)('%s: offline, the message waits in the Outbox and nothing goes on the wire', (protocol) => {
    const target = lane(protocol, { folders: ['Sent'] })
    const report = apply(target, { type: 'user.goOffline', device: 'phone' }, SEND)
    expect(report.devices.phone.outbox).toEqual([{ to: 'Carol <carol@example.net>', subject: 'Hi Carol' }])
    expect(report.transcript).toEqual([])
    expect(target.notices).toEqual(['queued-offline'])
  })

  it.each(['pop3', 'imap'] as const)('%s: back online, the Outbox empties over SMTP submission into the outbound queue', (protocol) => {
    const report = apply(lane(protocol, { folders: ['Sent'] }), { type: 'user.goOffline', device: 'phone' }, SEND, { type: 'user.goOnline', device: 'phone' })
    expect(report.devices.phone.outbox).toEqual([])
    expect(report.server.outbound).toEqual([{ from: 'alice@example.org', to: ['carol@example.net'], subject: 'Hi Carol' }])
    const smtp = report.transcript.filter((entry) => entry.protocol === 'smtp')
    expect(smtp.every((entry) => entry.device === 'phone' && entry.step === 'sending')).toBe(true)
    expect(smtp.map((entry) => entry.client?.split(' ')[0])).toEqual([undefined, 'EHLO', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'From:', 'QUIT'])
    // Only SMTP exchanges carry the protocol key.
    expect(report.transcript.filter((entry) => 'protocol' in entry)).toHaveLength(smtp.length)
  })

  it('pop3: the sent copy stays on the phone; the laptop and the server never see it', () => {
    const report = apply(lane('pop3', { folders: ['Sent'] }), SEND, { type: 'user.checkMail', device: 'laptop' })
    expect(report.devices.phone.folders.Sent?.map((m) => m.subject)).toEqual(['Hi Carol'])
    expect(report.devices.laptop.folders).toEqual({})
    expect(report.server.folders).toEqual({})
  })

  it('imap: the phone APPENDs its copy to Sent and the laptop finds it at its next sync', () => {
    const report = apply(lane('imap', { folders: ['Sent', 'Archive'] }), SEND, { type: 'user.checkMail', device: 'laptop' })
    expect(report.server.folders.Sent?.map((m) => m.subject)).toEqual(['Hi Carol'])
    expect(report.devices.phone.folders.Sent?.map((m) => m.subject)).toEqual(['Hi Carol'])
    expect(report.devices.laptop.folders.Sent?.map((m) => m.subject)).toEqual(['Hi Carol'])
    expect(report.transcript.some((entry) => /^a\d+ APPEND Sent \(\\Seen\) \{\d+\+\}\r\n/.test(entry.client ?? ''))).toBe(true)
  })

  it('imap: without a Sent folder the server answers TRYCREATE, and the phone creates it and tries again', () => {
    const report = apply(lane('imap'), SEND)
    const lines = report.transcript.filter((entry) => !entry.protocol).map((entry) => (entry.client ?? '').split('\r\n')[0].replace(/^a\d+ /, ''))
    const append = lines.findIndex((line) => line.startsWith('APPEND Sent'))
    expect(lines.slice(append, append + 3)).toEqual([lines[append], 'CREATE Sent', lines[append]])
    expect(report.server.folders.Sent?.map((m) => m.subject)).toEqual(['Hi Carol'])
  })
})

describe('mail from outside over SMTP', () => {
  it('without via, delivery is as before: no exchange on the wire', () => {
    const report = apply(lane('imap'), { type: 'mail.deliver', subject: 'Plain' })
    expect(report.transcript).toEqual([])
    expect(report.server.messages.map((m) => m.subject)).toContain('Plain')
  })

  it('via smtp, the sender\'s server hands it over; a full mailbox gives 552 and a notice', () => {
    const roomy = apply(lane('imap'), { type: 'mail.deliver', via: 'smtp', subject: 'Relayed' })
    expect(roomy.server.messages.map((m) => m.subject)).toContain('Relayed')
    expect(roomy.transcript.every((entry) => entry.device === 'relay' && entry.protocol === 'smtp' && entry.step === 'relaying')).toBe(true)
    const full = lane('imap', { quotaBytes: 900 })
    const report = apply(full, { type: 'mail.deliver', via: 'smtp', subject: 'Too much' })
    expect(full.notices).toEqual(['relay-refused'])
    expect(report.transcript.some((entry) => entry.server.startsWith('552 5.2.2 '))).toBe(true)
    expect(report.server.messages.map((m) => m.subject)).not.toContain('Too much')
  })
})

describe('pacing', () => {
  it('one unit per SMTP exchange at exchange granularity, one per conversation at step granularity', () => {
    for (const [granularity, expected] of [['exchange', 8], ['step', 1]] as const) {
      const target = lane('pop3')
      let units = 0
      target.apply(SEND, granularity, () => units++)
      expect(units, granularity).toBe(expected)
    }
  })

  it.each(['sending', 'folders', 'sync-is-not-backup', 'quota-full'])('%s ends the same at every granularity', (scenarioId) => {
    const [action, step, exchange] = (['action', 'step', 'exchange'] as const).map((granularity) =>
      toReport(createSimulationContext(scenarios, { scenarioId, protocols: ['pop3', 'imap'], granularity })),
    )
    expect(step).toEqual(action)
    expect(exchange).toEqual(action)
  })
})
