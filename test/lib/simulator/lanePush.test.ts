// IMAP push in a lane (RFC 2177): a push account waits in IDLE after its session; new mail reaches
// it as an untagged EXISTS the transcript shows without a client line, then DONE (tagged OK),
// a fetch of the new summary and IDLE again, all at the same minute. POP3 ignores push.

import { clearRunCache, getRun, type Exchange, type SimAction, type WorldSpec } from '@/lib/simulator'
import { ALICE, STARTER_INBOX } from '@/content/scenarios/mail'

const pushWorld: WorldSpec = {
  users: [{ ...ALICE, messages: STARTER_INBOX }],
  devices: [
    { id: 'laptop', accounts: [{ user: 'alice', push: true, leaveCopy: true }] },
    { id: 'phone', accounts: [{ user: 'alice', leaveCopy: true }] },
  ],
}

function run(actions: SimAction[], protocol: 'pop3' | 'imap' = 'imap', granularity: 'action' | 'step' | 'exchange' = 'step') {
  return getRun({ world: pushWorld, actions, protocols: [protocol], granularity }).lanes[protocol]!
}

/** "client → first server line" of each exchange, tags kept. */
const lines = (transcript: readonly Exchange[]) => transcript.map((entry) => `${entry.client ?? '(push)'} → ${entry.server.split('\r\n')[0]}`)

const laptopOf = (frame: { devices: { id: string; idling: boolean; protocolState: string | null; nextCheckAt: number | null }[] }) =>
  frame.devices.find((device) => device.id === 'laptop')!

const idle: SimAction = { type: 'user.checkMail', device: 'laptop' }
const deliver: SimAction = { type: 'mail.deliver', subject: 'Pushed' }

afterEach(() => clearRunCache())

describe('IMAP push', () => {
  it('waits in IDLE instead of logging out, connected and idling', () => {
    const lane = run([idle])
    expect(lines(lane.lane.transcript).slice(-3)).toEqual([
      'a3 UID FETCH 1:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER]) → * 1 FETCH (UID 1 FLAGS (\\Recent) RFC822.SIZE 271 BODY[HEADER] {171}',
      // The folders are listed in each new session (RFC 3501 §6.3.8); this account has only INBOX.
      'a4 LIST "" "*" → * LIST (\\HasNoChildren) "/" INBOX',
      'a5 IDLE → + idling',
    ])
    const laptop = laptopOf(lane.frames[0].at(-1)!)
    expect(laptop).toMatchObject({ idling: true, protocolState: 'selected', clientStep: 'idling' })
  })

  it('hears new mail as an untagged EXISTS, sends DONE, fetches the summary and idles again', () => {
    const lane = run([idle, deliver])
    const since = lane.frames[0].at(-1)!.transcriptLength
    const pushed = lane.lane.transcript.slice(since)
    expect(lines(pushed)).toEqual([
      '(push) → * 4 EXISTS',
      'DONE → a5 OK Idle completed.',
      'a6 UID FETCH 4:* (UID FLAGS RFC822.SIZE BODY.PEEK[HEADER]) → * 4 FETCH (UID 4 FLAGS (\\Recent) RFC822.SIZE 232 BODY[HEADER] {173}',
      'a7 IDLE → + idling',
    ])
    expect(pushed.every((entry) => entry.device === 'laptop' && (entry.step === 'idling' || entry.step === 'obtaining'))).toBe(true)
    expect(pushed[0].server).toBe('* 4 EXISTS\r\n* 4 RECENT\r\n')
    const end = lane.frames[1].at(-1)!
    expect(laptopOf(end).idling).toBe(true)
    expect(end.devices.find((device) => device.id === 'laptop')!.messages.map((message) => message.subject)).toContain('Pushed')
    expect(end.minutesToSee).toEqual([{ key: 'alice:4', subject: 'Pushed', device: 'laptop', minutes: 0 }])
  })

  it('shows the delivery on the server in a frame before the laptop hears of it', () => {
    const lane = run([idle, deliver])
    const [first, second] = lane.frames[1]
    expect(first.server.messages.map((message) => message.subject)).toContain('Pushed')
    expect(first.exchanges[1] - first.exchanges[0]).toBe(0)
    expect(laptopOf(first).idling).toBe(true)
    expect(second.exchanges[1] - second.exchanges[0]).toBe(1)
  })

  it('hears a change made on another device as an untagged FETCH, and stays in IDLE', () => {
    const lane = run([idle, { type: 'user.checkMail', device: 'phone' }, { type: 'user.flag', device: 'phone', key: 'alice:2' }])
    const pushes = lane.lane.transcript.filter((entry) => entry.device === 'laptop' && entry.client === null && entry.step === 'idling')
    expect(pushes.map((entry) => entry.server)).toEqual(['* 2 FETCH (FLAGS (\\Flagged \\Recent))\r\n'])
    expect(lane.lane.transcript.filter((entry) => entry.device === 'laptop' && entry.client === 'DONE')).toEqual([])
    const laptop = lane.frames[2].at(-1)!.devices.find((device) => device.id === 'laptop')!
    expect(laptop.messages.find((message) => message.key === 'alice:2')!.flagged).toBe(true)
  })

  it('renews IDLE (DONE, then IDLE) after 29 minutes, and not before', () => {
    const lane = run([idle, { type: 'clock.advance', minutes: 28 }, { type: 'clock.advance', minutes: 1 }, { type: 'clock.advance', minutes: 60 }])
    expect(lane.frames[1].at(-1)!.transcriptLength).toBe(lane.frames[0].at(-1)!.transcriptLength)
    const renewals = lane.lane.transcript.filter((entry) => entry.client === 'DONE')
    expect(renewals).toHaveLength(3) // minutes 29, 58 and 87
    expect(lines(lane.lane.transcript).slice(-2)).toEqual(['DONE → a7 OK Idle completed.', 'a8 IDLE → + idling'])
    expect(laptopOf(lane.frames[3].at(-1)!).idling).toBe(true)
  })

  it.each([
    ['goes offline', { type: 'user.goOffline', device: 'laptop' }],
    ['loses the connection', { type: 'net.drop', device: 'laptop' }],
  ] as const)('ends the IDLE connection when the laptop %s, without LOGOUT', (_what, action) => {
    const lane = run([idle, action, deliver])
    const laptop = lane.lane.device('laptop')!.clients[0]
    expect(laptop.wire.connected).toBe(false)
    expect(laptopOf(lane.frames[2].at(-1)!)).toMatchObject({ idling: false, protocolState: null })
    expect(lane.lane.transcript.some((entry) => entry.client?.endsWith('LOGOUT'))).toBe(false)
    expect(lane.frames[2].at(-1)!.minutesToSee).toEqual([])
  })

  it('reconnects and idles again when the laptop is back online, and so sees mail that came meanwhile', () => {
    const lane = run([idle, { type: 'user.goOffline', device: 'laptop' }, deliver, { type: 'clock.advance', minutes: 5 }, { type: 'user.goOnline', device: 'laptop' }])
    expect(lines(lane.lane.transcript).at(-1)).toBe('a6 IDLE → + idling')
    expect(lane.frames[4].at(-1)!.minutesToSee).toEqual([{ key: 'alice:4', subject: 'Pushed', device: 'laptop', minutes: 5 }])
    expect(laptopOf(lane.frames[4].at(-1)!).idling).toBe(true)
  })

  it('drops the IDLE connection when the laptop is lost', () => {
    const lane = run([idle, { type: 'device.lose', device: 'laptop' }, deliver])
    expect(lane.lane.device('laptop')).toBeUndefined()
    expect(lane.lane.server.store.inbox('alice')!.messages).toHaveLength(4)
    expect(lane.lane.transcript.filter((entry) => entry.client === null && entry.step === 'idling')).toEqual([])
  })

  it('opens a message while idling: DONE, fetch the body, mark it read, IDLE again', () => {
    const lane = run([idle, { type: 'user.read', device: 'laptop', key: 'alice:1' }])
    const since = lane.frames[0].at(-1)!.transcriptLength
    expect(lane.lane.transcript.slice(since).map((entry) => entry.client?.replace(/^a\d+ /, ''))).toEqual(['DONE', 'UID FETCH 1 BODY[]', 'IDLE'])
  })
})

describe('IMAP push with other folders', () => {
  it('selects INBOX again before IDLE, so the pushes are about INBOX', () => {
    const world: WorldSpec = { ...pushWorld, users: [{ ...ALICE, messages: STARTER_INBOX, folders: ['Sent', 'Archive'] }] }
    const lane = getRun({ world, actions: [idle, deliver], protocols: ['imap'], granularity: 'step' }).lanes.imap!
    const first = lane.lane.transcript.slice(0, lane.frames[0].at(-1)!.transcriptLength).map((entry) => entry.client?.replace(/^a\d+ /, ''))
    // Both folders are empty, so EXAMINE (0 EXISTS) is all each needs.
    expect(first.slice(-6)).toEqual(['LIST "" "*"', 'EXAMINE Sent', 'EXAMINE Archive', 'SELECT INBOX', 'UID FETCH 1:* (UID FLAGS)', 'IDLE'])
    const end = lane.frames[1].at(-1)!
    expect(end.minutesToSee).toEqual([{ key: 'alice:4', subject: 'Pushed', device: 'laptop', minutes: 0 }])
    expect(laptopOf(end).idling).toBe(true)
  })
})

describe('POP3 ignores push (RFC 1939 has none)', () => {
  it('logs out as always, never idles, and sees new mail only at its next check', () => {
    const lane = run([idle, deliver], 'pop3')
    expect(lane.lane.transcript.at(-1)!.client).toBe('QUIT')
    expect(laptopOf(lane.frames[1].at(-1)!).idling).toBe(false)
    expect(lane.frames[1].at(-1)!.minutesToSee).toEqual([])
  })
})
