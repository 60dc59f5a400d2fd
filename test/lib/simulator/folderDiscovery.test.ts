// IMAP devices find their folders with LIST (RFC 3501 §6.3.8) at each sync, through a lane: a folder
// another device created (Sent after TRYCREATE/CREATE) shows on the others after their next sync,
// in a world that starts with no folders; one deleted on the server (say, in webmail) goes.

import type { SimAction, UserSpec } from '@/lib/simulator'
import type { Protocol } from '@/lib/protocols'
import { aliceLane, applyToLane } from '@/test/fixtures/aliceLane'
import { Lane } from '@/lib/simulator/lane'
import { STARTER_INBOX } from '@/content/scenarios/mail'

const lane = (protocol: Protocol, user: Partial<UserSpec> = {}) => aliceLane(protocol, ['phone', 'laptop', 'tablet'], user)
const apply = applyToLane

const check = (device: 'phone' | 'laptop' | 'tablet'): SimAction => ({ type: 'user.checkMail', device })
const commandsOf = (transcript: readonly { device: string; client: string | null; protocol?: string }[], device: string) =>
  transcript.filter((entry) => entry.device === device && !entry.protocol && entry.client).map((entry) => (entry.client as string).split('\r\n')[0].replace(/^a\d+ /, ''))

describe('IMAP devices discover folders with LIST', () => {
  it('lists the folders in each session, after INBOX and before the folder work', () => {
    const report = apply(lane('imap', { folders: ['Sent', 'Archive'] }), check('laptop'))
    expect(commandsOf(report.transcript, 'laptop')).toEqual([
      'LOGIN alice secret',
      'SELECT INBOX',
      'UID FETCH 1:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER])',
      'LIST "" "*"',
      'EXAMINE Sent',
      'EXAMINE Archive',
      'LOGOUT',
    ])
  })

  it('a Sent created by one device after TRYCREATE shows on the others at their next sync, in a world with no folders', () => {
    const target = lane('imap')
    apply(target, check('laptop'), check('tablet'))
    const report = apply(target, { type: 'user.send', device: 'phone', to: 'carol@example.net', subject: 'Hi Carol' }, check('laptop'), check('tablet'))
    expect(commandsOf(report.transcript, 'phone')).toEqual(expect.arrayContaining(['CREATE Sent']))
    for (const device of ['phone', 'laptop', 'tablet'] as const) expect(report.devices[device].folders.Sent?.map((m) => m.subject), device).toEqual(['Hi Carol'])
    // The laptop had listed only INBOX before; its next LIST names Sent, so it looks in.
    expect(commandsOf(report.transcript, 'laptop').filter((line) => line.startsWith('EXAMINE'))).toEqual(['EXAMINE Sent'])
  })

  it('an Archive created by a move on one device shows the moved message on the others', () => {
    const report = apply(lane('imap'), check('phone'), { type: 'user.move', device: 'phone', key: 'alice:2', folder: 'Archive' }, check('laptop'))
    expect(report.server.folders.Archive?.map((m) => m.subject)).toEqual(['Your train tickets'])
    expect(report.devices.laptop.folders.Archive?.map((m) => m.subject)).toEqual(['Your train tickets'])
  })

  it('a folder deleted on the server disappears from the device at its next sync', () => {
    const target = lane('imap', { folders: ['Sent', 'Archive'], filed: { Archive: [STARTER_INBOX[0]] } })
    expect(Object.keys(apply(target, check('laptop')).devices.laptop.folders)).toEqual(['Archive'])
    // Someone deletes Archive in webmail: a separate IMAP session on the same server.
    const webmail = target.server.connect('imap')
    webmail.send('w1 LOGIN alice secret')
    expect(webmail.send('w2 DELETE Archive')).toMatch(/^w2 OK/)
    webmail.close()
    const report = apply(target, check('laptop'))
    expect(report.devices.laptop.folders).toEqual({})
    expect(commandsOf(report.transcript, 'laptop').filter((line) => line.startsWith('EXAMINE')).at(-1)).toBe('EXAMINE Sent')
  })

  it('an idling (push) device lists again when mail is checked, so it also finds the new Sent; a renewal does not list', () => {
    const target = new Lane('imap', {
      users: [{ name: 'alice', password: 'secret', messages: STARTER_INBOX }],
      devices: [
        { id: 'phone', accounts: [{ user: 'alice' }] },
        { id: 'laptop', accounts: [{ user: 'alice', push: true }] },
      ],
    })
    apply(target, check('laptop'))
    const renewed = apply(target, { type: 'clock.advance', minutes: 29 })
    expect(commandsOf(renewed.transcript, 'laptop').slice(-2)).toEqual(['DONE', 'IDLE'])
    apply(target, { type: 'user.send', device: 'phone', to: 'carol@example.net', subject: 'Hi Carol' })
    const report = apply(target, check('laptop'))
    expect(commandsOf(report.transcript, 'laptop').slice(-8)).toEqual([
      'DONE',
      'LIST "" "*"',
      'EXAMINE Sent',
      'UID FETCH 1:* (UID FLAGS)',
      'UID FETCH 1 (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER])',
      // IDLE again on INBOX (RFC 2177), after looking into Sent.
      'SELECT INBOX',
      'UID FETCH 1:* (UID FLAGS)',
      'IDLE',
    ])
    expect(report.devices.laptop.folders.Sent?.map((m) => m.subject)).toEqual(['Hi Carol'])
  })

  it('POP3 devices send no LIST of folders: POP3 has one maildrop (RFC 1939)', () => {
    const report = apply(lane('pop3', { folders: ['Sent', 'Archive'] }), check('laptop'))
    expect(report.transcript.some((entry) => /LIST ""/.test(entry.client ?? ''))).toBe(false)
  })
})
