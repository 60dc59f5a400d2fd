// The SMTP client conversation (lib/simulator/smtpDialogue.ts) against the real simulated server:
// submission with AUTH, relay without it, dot-stuffing, and a refusal that ends with QUIT.

import { createMailServer } from '@/lib/protocols'
import { createConnectionWire, type WireRecord } from '@/lib/simulator/wire'
import { dataText, dotStuff, runSmtp } from '@/lib/simulator/smtpDialogue'

const RAW = 'From: alice <alice@example.org>\r\nTo: bob@example.org\r\nSubject: Dots\r\nMessage-ID: <dots@example.org>\r\n\r\n.hidden line\r\n..two dots\r\n'

function setup(role: 'submission' | 'mta', quotaBytes?: number) {
  const server = createMailServer({ users: [{ name: 'alice', password: 'secret' }, { name: 'bob', password: 'pw', quotaBytes }] })
  const records: WireRecord[] = []
  const wire = createConnectionWire(() => server.connect('smtp', { role }), (record) => records.push(record))
  return { server, records, wire }
}

describe('dot-stuffing (RFC 5321 §4.5.2)', () => {
  it('doubles a leading dot on every line and ends DATA with a lone dot', () => {
    expect(dotStuff('.a\r\nb\r\n..c')).toBe('..a\r\nb\r\n...c')
    expect(dataText('x\r\n.y\r\n')).toBe('x\r\n..y\r\n.')
  })
})

describe('runSmtp', () => {
  it('submits with AUTH PLAIN and delivers the exact message to a local user', () => {
    const { server, records, wire } = setup('submission')
    let units = 0
    const outcome = runSmtp(wire, 'sending', { helo: 'phone.example.org', auth: { user: 'alice', password: 'secret' }, from: 'alice@example.org', to: ['bob@example.org'], raw: RAW }, () => units++)
    expect(outcome).toEqual({ accepted: true, refusal: null })
    expect(records.map((record) => record.client?.split('\r\n')[0] ?? null)).toEqual([
      null,
      'EHLO phone.example.org',
      'AUTH PLAIN AGFsaWNlAHNlY3JldA==',
      `MAIL FROM:<alice@example.org> SIZE=${RAW.length}`,
      'RCPT TO:<bob@example.org>',
      'DATA',
      'From: alice <alice@example.org>',
      'QUIT',
    ])
    expect(units).toBe(records.length)
    const stored = server.store.inbox('bob')!.messages[0].text
    // The server unstuffs: the body arrives as written, under the trace headers it adds.
    expect(stored.endsWith(RAW)).toBe(true)
  })

  it('relays without AUTH, and a full mailbox refuses at RCPT with 552 and the client says QUIT', () => {
    const { server, records, wire } = setup('mta', 10)
    const outcome = runSmtp(wire, 'relaying', { helo: 'mail.example.net', from: 'dana@example.net', to: ['bob@example.org'], raw: RAW }, () => {})
    expect(outcome.accepted).toBe(false)
    expect(outcome.refusal).toMatch(/^552 5\.2\.2 /)
    expect(records.map((record) => record.client)).toEqual([null, 'EHLO mail.example.net', `MAIL FROM:<dana@example.net> SIZE=${RAW.length}`, 'RCPT TO:<bob@example.org>', 'QUIT'])
    expect(server.store.inbox('bob')!.messages).toHaveLength(0)
  })

  it('onAccepted runs once, on the 250 to the final ".", before that exchange\'s unit; never on a refusal', () => {
    const { records, wire } = setup('submission')
    const seen: string[] = []
    const job = { helo: 'phone.example.org', auth: { user: 'alice', password: 'secret' }, from: 'alice@example.org', to: ['bob@example.org'], raw: RAW }
    runSmtp(wire, 'sending', { ...job, onAccepted: () => seen.push(`accepted after ${records.length}`) }, () => seen.push(`unit ${records.length}`))
    const dataEnd = records.findIndex((record) => record.client?.endsWith('\r\n.')) + 1
    expect(seen.filter((entry) => entry.startsWith('accepted'))).toEqual([`accepted after ${dataEnd}`])
    expect(seen.indexOf(`accepted after ${dataEnd}`)).toBe(seen.indexOf(`unit ${dataEnd}`) - 1)
    const refused = setup('mta', 10)
    let accepted = 0
    runSmtp(refused.wire, 'relaying', { helo: 'mail.example.net', from: 'dana@example.net', to: ['bob@example.org'], raw: RAW, onAccepted: () => accepted++ }, () => {})
    expect(accepted).toBe(0)
  })

  it('a wrong password is refused (535) and nothing is sent', () => {
    const { server, wire } = setup('submission')
    const outcome = runSmtp(wire, 'sending', { helo: 'phone.example.org', auth: { user: 'alice', password: 'nope' }, from: 'alice@example.org', to: ['carol@example.net'], raw: RAW }, () => {})
    expect(outcome.refusal).toMatch(/^535 /)
    expect(server.outbound).toHaveLength(0)
  })

  it('no connection is a refusal, not a crash', () => {
    const wire = createConnectionWire(() => null, () => {})
    expect(runSmtp(wire, 'sending', { helo: 'x', from: 'a@example.org', to: ['b@example.org'], raw: RAW }, () => {})).toEqual({ accepted: false, refusal: 'no connection' })
  })
})
