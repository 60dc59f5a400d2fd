// Model-based tests of the extended client machines, driven through a lane over generated action
// sequences (fast-check, fixed printed seed from test/setup-property.ts). Three properties of
// issue 12: nothing is lost outside a committed delete; a sent message is in Sent on every IMAP
// device after its next sync; an Outbox always empties once its device is online.

import fc from 'fast-check'
import type { Protocol } from '@/lib/protocols'
import { Lane } from '@/lib/simulator/lane'
import { captureLane, createCaptureCache } from '@/lib/simulator/capture'
import { laneReport, type LaneReport } from '@/lib/simulator/report'
import type { DeviceId, SimAction } from '@/lib/simulator'
import { STARTER_INBOX } from '@/content/scenarios/mail'

const DEVICES: DeviceId[] = ['phone', 'laptop']

const device = fc.constantFrom(...DEVICES)
const key = fc.integer({ min: 1, max: 6 }).map((uid) => `alice:${uid}`)

/** Everything a learner or a scenario can do, except losing a device (which loses its mail on purpose). */
const action: fc.Arbitrary<SimAction> = fc.oneof(
  device.map((d): SimAction => ({ type: 'user.checkMail', device: d })),
  device.map((d): SimAction => ({ type: 'user.goOffline', device: d })),
  device.map((d): SimAction => ({ type: 'user.goOnline', device: d })),
  fc.tuple(device, key).map(([d, k]): SimAction => ({ type: 'user.read', device: d, key: k })),
  fc.tuple(device, key).map(([d, k]): SimAction => ({ type: 'user.delete', device: d, key: k })),
  fc.tuple(device, key).map(([d, k]): SimAction => ({ type: 'user.flag', device: d, key: k })),
  fc.tuple(device, key, fc.constantFrom('Archive' as const, 'Sent' as const)).map(([d, k, folder]): SimAction => ({ type: 'user.move', device: d, key: k, folder })),
  fc.tuple(device, fc.constantFrom('carol@example.net', 'bob@example.org'), fc.nat(99)).map(
    ([d, to, n]): SimAction => ({ type: 'user.send', device: d, to, subject: `Note ${n}` }),
  ),
  fc.tuple(fc.boolean(), fc.nat(99)).map(([smtp, n]): SimAction => ({ type: 'mail.deliver', subject: `News ${n}`, ...(smtp ? { via: 'smtp' as const } : {}) })),
  device.map((d): SimAction => ({ type: 'net.drop', device: d })),
)

/** The server folders the world starts with: Sent and Archive, or none (the devices then CREATE them on TRYCREATE). */
type StartFolders = 'Sent and Archive' | 'none'

function newLane(protocol: Protocol, leaveCopy: boolean, folders: StartFolders = 'Sent and Archive'): Lane {
  return new Lane(protocol, {
    users: [
      { name: 'alice', password: 'secret', messages: STARTER_INBOX, folders: folders === 'none' ? [] : ['Sent', 'Archive'] },
      { name: 'bob', password: 'secret', messages: [] },
    ],
    devices: DEVICES.map((id) => ({ id, accounts: [{ user: 'alice', leaveCopy }] })),
  })
}

function report(lane: Lane): LaneReport {
  return laneReport(captureLane(lane, createCaptureCache(), 0, 0), lane.transcript)
}

/** Every subject anywhere: server mailboxes (any user), the outbound queue, and each device's folders and Outbox. */
function everySubject(lane: Lane, laneReport: LaneReport): Set<string> {
  const subjects = new Set<string>()
  for (const user of lane.server.store.userNames()) {
    for (const name of lane.server.store.mailboxNames(user)) {
      for (const message of lane.server.store.mailbox(user, name)?.messages ?? []) subjects.add(/^Subject: (.*)$/m.exec(message.text)?.[1] ?? '')
    }
  }
  for (const message of laneReport.server.outbound) subjects.add(message.subject)
  for (const device of Object.values(laneReport.devices)) {
    for (const message of [...device.messages, ...Object.values(device.folders).flat(), ...device.outbox]) subjects.add(message.subject)
  }
  return subjects
}

/** Runs the actions, then brings every device online and checks mail on each (their "next sync"). */
function run(protocol: Protocol, leaveCopy: boolean, actions: readonly SimAction[], folders: StartFolders = 'Sent and Archive') {
  const lane = newLane(protocol, leaveCopy, folders)
  const created = new Set(['Lunch?', 'Your train tickets', 'Photos from Saturday'])
  const deleted = new Set<string>()
  const sent = new Set<string>()
  // Message-ID → subject of everything the server ever held, so a delete can name what it removed.
  const subjects = new Map<string, string>()
  const learn = () => {
    for (const user of lane.server.store.userNames()) {
      for (const name of lane.server.store.mailboxNames(user)) {
        for (const message of lane.server.store.mailbox(user, name)?.messages ?? []) {
          subjects.set(/^Message-ID: (.*)$/im.exec(message.text)?.[1] ?? '', /^Subject: (.*)$/m.exec(message.text)?.[1] ?? '')
        }
      }
    }
  }
  for (const step of actions) {
    learn()
    if (step.type === 'user.delete') {
      // A delete may end the last copy: the learner asked for it (IMAP commits it with EXPUNGE).
      const subject = subjects.get(lane.messageIdByKey.get(step.key) ?? '')
      if (subject) deleted.add(subject)
    }
    const before = lane.server.store.inbox('alice')?.messages.length ?? 0
    lane.apply(step, 'action', () => {})
    if (step.type === 'mail.deliver' && (lane.server.store.inbox('alice')?.messages.length ?? 0) > before) created.add(step.subject as string)
    if (step.type === 'user.send') created.add(step.subject)
    if (step.type === 'user.goOnline') expect(report(lane).devices[step.device].outbox, `Outbox of ${step.device} after going online`).toEqual([])
  }
  for (const d of DEVICES) lane.apply({ type: 'user.goOnline', device: d }, 'action', () => {})
  for (const step of actions) if (step.type === 'user.send') sent.add(step.subject)
  for (const d of DEVICES) lane.apply({ type: 'user.checkMail', device: d }, 'action', () => {})
  return { lane, final: report(lane), created, deleted, sent }
}

describe('mail flow over generated action sequences (model-based)', () => {
  const sequences = fc.array(action, { minLength: 1, maxLength: 14 })

  it.each([
    ['pop3', false],
    ['pop3', true],
    ['imap', false],
  ] as const)('%s (leave a copy: %s): nothing is lost outside a committed delete, and every Outbox empties once online', (protocol, leaveCopy) => {
    fc.assert(
      fc.property(sequences, (actions) => {
        const { lane, final, created, deleted } = run(protocol, leaveCopy, actions)
        const present = everySubject(lane, final)
        for (const subject of created) if (!deleted.has(subject)) expect(present.has(subject), `"${subject}" vanished`).toBe(true)
        for (const d of DEVICES) expect(final.devices[d].outbox).toEqual([])
      }),
      { numRuns: 40 },
    )
  })

  it.each(['Sent and Archive', 'none'] as const)('imap, starting with folders %s: a sent message is in Sent on every device after its next sync', (folders) => {
    fc.assert(
      fc.property(sequences, (actions) => {
        const { final, sent } = run('imap', false, actions, folders)
        for (const d of DEVICES) {
          const inSent = new Set((final.devices[d].folders.Sent ?? []).map((message) => message.subject))
          for (const subject of sent) expect(inSent.has(subject), `${d} lacks "${subject}" in Sent`).toBe(true)
        }
        const onServer = new Set((final.server.folders.Sent ?? []).map((message) => message.subject))
        for (const subject of sent) expect(onServer.has(subject), `server lacks "${subject}" in Sent`).toBe(true)
      }),
      { numRuns: 40 },
    )
  })

  it.each(['Sent and Archive', 'none'] as const)('imap, starting with folders %s: after a second sync every device shows each server folder as the server holds it', (folders) => {
    fc.assert(
      fc.property(sequences, (actions) => {
        // The first round of syncs pushes what each device still had to do; the second sees the result.
        const { lane } = run('imap', false, actions, folders)
        for (const d of DEVICES) lane.apply({ type: 'user.checkMail', device: d }, 'action', () => {})
        const final = report(lane)
        const subjects = (folder: Record<string, { subject: string }[]>) =>
          Object.fromEntries(Object.entries(folder).map(([name, messages]) => [name, messages.map((message) => message.subject).sort()]))
        for (const d of DEVICES) expect(subjects(final.devices[d].folders), `${d}'s folders`).toEqual(subjects(final.server.folders))
      }),
      { numRuns: 40 },
    )
  })

  it('pop3: a sent copy stays on the device that sent it, and the server never files one', () => {
    fc.assert(
      fc.property(sequences, (actions) => {
        const { final, sent } = run('pop3', true, actions)
        const onDevices = new Set(DEVICES.flatMap((d) => (final.devices[d].folders.Sent ?? []).map((message) => message.subject)))
        for (const subject of sent) expect(onDevices.has(subject), `no device kept "${subject}"`).toBe(true)
        expect(final.server.folders.Sent ?? []).toEqual([])
      }),
      { numRuns: 40 },
    )
  })
})
