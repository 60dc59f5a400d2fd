import { describeStep, laneChanges } from '@/lib/viewModel/announce'
import type { LaneView } from '@/lib/simulator/view'
import { imapFoldersLane, imapOnlyView } from '@/test/fixtures/views12'

const [phone, laptop, tablet] = imapFoldersLane.devices

const view = imapOnlyView

describe('announce: sending, filing, push, polling and time', () => {
  it('says a message was moved, not that one vanished and another came', () => {
    const before: LaneView = { ...imapFoldersLane, devices: [{ ...phone, messages: phone.messages.filter((m) => m.folder !== 'Archive').concat({ ...phone.messages[2], key: 'alice:2', folder: 'INBOX' }) }] }
    const after: LaneView = { ...imapFoldersLane, devices: [phone] }
    expect(laneChanges(before, after)).toContain("Phone moved 'Quarterly report' from Inbox to Archive")
  })

  it('names the folder of a message that arrives outside the inbox', () => {
    const before: LaneView = { ...imapFoldersLane, devices: [{ ...laptop, messages: laptop.messages.filter((m) => m.folder !== 'Sent') }] }
    const after: LaneView = { ...imapFoldersLane, devices: [laptop] }
    expect(laneChanges(before, after)).toContain("Laptop now shows 'Re: Lunch?' in Sent as read")
  })

  it('says what waits in an Outbox, and when the Outbox empties', () => {
    const empty = { ...tablet, outbox: [] }
    const queued = laneChanges({ ...imapFoldersLane, devices: [empty] }, { ...imapFoldersLane, devices: [tablet] })
    expect(queued).toContain("Tablet keeps 'On the train' in its Outbox until it is back online")
    const sent = laneChanges({ ...imapFoldersLane, devices: [tablet] }, { ...imapFoldersLane, devices: [empty] })
    expect(sent).toContain("Tablet sent 'On the train' from its Outbox; the Outbox is empty")
  })

  it('says when a device starts to idle, when it checks next, and how soon it learned of new mail', () => {
    const before: LaneView = { ...imapFoldersLane, devices: [{ ...laptop, idling: false }, { ...phone, nextCheckAt: 10 }], minutesToSee: [] }
    const after: LaneView = { ...imapFoldersLane, devices: [laptop, phone] }
    const said = laneChanges(before, after)
    expect(said).toContain('Laptop waits for new mail, and the server will tell it at once (IDLE)')
    expect(said).toContain('Phone checks again at 20 min')
    expect(said).toContain("Laptop learned of 'Hello from Bob' at once")
    expect(said).toContain("Phone learned of 'Hello from Bob' after 5 min")
  })

  it('says a message was queued for another server', () => {
    const before: LaneView = { ...imapFoldersLane, server: { ...imapFoldersLane.server, outbound: [] } }
    expect(laneChanges(before, imapFoldersLane)).toContain("Mail server queued 'Re: Lunch?' for another server (it goes no further in this lab)")
  })

  it('starts with the time that passed', () => {
    const before = view({ ...imapFoldersLane, clockMinutes: 10 })
    expect(describeStep(before, view(imapFoldersLane))).toMatch(/^5 min pass; the simulated time is now 15 min\. IMAP: /)
  })
})

describe('announce: a message renamed in the same folder', () => {
  it('says nothing when only its key changed (a new UID after MOVE)', () => {
    const renamed = { ...phone, messages: phone.messages.map((m) => (m.folder === 'Archive' ? { ...m, key: 'alice:Archive:9' } : m)) }
    expect(laneChanges({ ...imapFoldersLane, devices: [phone] }, { ...imapFoldersLane, devices: [renamed] })).toEqual([])
  })
})
