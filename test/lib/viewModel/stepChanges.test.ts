import { stepChanges } from '@/lib/viewModel/stepChanges'
import type { LaneView } from '@/lib/simulator/view'
import { imapFoldersLane, imapOnlyView } from '@/test/fixtures/views12'

const [phone, laptop, tablet] = imapFoldersLane.devices

const view = imapOnlyView

describe('stepChanges with folders, the Outbox and the queue to other servers', () => {
  it('marks a message joining an Outbox and the queue to other servers', () => {
    const before: LaneView = { ...imapFoldersLane, server: { ...imapFoldersLane.server, outbound: [] }, devices: [phone, laptop, { ...tablet, outbox: [] }] }
    const changes = stepChanges(view(before, 1), view(imapFoldersLane, 2)).lanes.imap
    expect([...(changes?.get('tablet') ?? [])]).toEqual(['alice:outbox:1'])
    expect([...(changes?.get('server') ?? [])]).toEqual(['outbound:0'])
  })

  it('flies a filed copy to the devices that synced it, not to the device that filed it', () => {
    const without = (device: typeof phone) => ({ ...device, messages: device.messages.filter((m) => m.folder !== 'Sent') })
    const before: LaneView = { ...imapFoldersLane, devices: [without(phone), without(laptop), tablet] }
    const after: LaneView = { ...imapFoldersLane, activeDevice: 'phone' }
    const { flights, lanes } = stepChanges(view(before, 1), view(after, 2))
    expect(lanes.imap?.get('phone')?.has('alice:Sent:1')).toBe(true)
    expect(flights).toEqual([{ protocol: 'imap', key: 'alice:Sent:1', device: 'laptop' }])
  })
})
