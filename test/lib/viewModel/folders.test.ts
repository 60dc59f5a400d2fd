import { OUTBOUND, OUTBOX, changedFolders, deviceFolders, followFolder, laneUsesFolders, outboundKey, serverFolders } from '@/lib/viewModel/folders'
import { formatMinutes, laneUsesClock } from '@/lib/viewModel/timeText'
import { imapFoldersLane, pop3FoldersLane } from '@/test/fixtures/views12'
import { imapLane, pop3Lane } from '@/test/fixtures/views'

describe('folders', () => {
  it('shows folder switches only in a lane where something lives outside the inbox or waits', () => {
    expect(laneUsesFolders(imapLane)).toBe(false)
    expect(laneUsesFolders(pop3Lane)).toBe(false)
    expect(laneUsesFolders(imapFoldersLane)).toBe(true)
    expect(laneUsesFolders(pop3FoldersLane)).toBe(true)
    const onlyOutbound = { ...imapLane, server: { ...imapLane.server, outbound: imapFoldersLane.server.outbound } }
    expect(laneUsesFolders(onlyOutbound)).toBe(true)
  })

  it('gives an IMAP device Inbox, Sent and Archive, and its Outbox while something waits there', () => {
    const [phone, laptop, tablet] = imapFoldersLane.devices
    expect(deviceFolders(phone, 'imap').map((tab) => `${tab.label} ${tab.count}`)).toEqual(['Inbox 1', 'Sent 1', 'Archive 1'])
    expect(deviceFolders(laptop, 'imap').map((tab) => `${tab.label} ${tab.count}`)).toEqual(['Inbox 2', 'Sent 1', 'Archive 0'])
    const tabs = deviceFolders(tablet, 'imap')
    expect(tabs.at(-1)).toEqual({ id: OUTBOX, label: 'Outbox', count: 1, waiting: true })
  })

  it('gives a POP3 device only its inbox, and its local Sent once it has one', () => {
    const [phone, laptop] = pop3FoldersLane.devices
    expect(deviceFolders(phone, 'pop3').map((tab) => tab.id)).toEqual(['INBOX', 'Sent'])
    expect(deviceFolders(laptop, 'pop3').map((tab) => tab.id)).toEqual(['INBOX'])
  })

  it("lists the server's mailboxes and its queue to other servers", () => {
    const tabs = serverFolders(imapFoldersLane.server, 'imap')
    expect(tabs.map((tab) => `${tab.label} ${tab.count}`)).toEqual(['Inbox 2', 'Sent 1', 'Archive 1', 'To other servers 1'])
    expect(tabs.at(-1)?.id).toBe(OUTBOUND)
    expect(serverFolders(pop3FoldersLane.server, 'pop3').map((tab) => tab.id)).toEqual(['INBOX'])
  })

  it('turns to the folder a step changed, and stays while the shown folder changed or nothing did', () => {
    const tabs = deviceFolders(imapFoldersLane.devices[0], 'imap')
    const where = new Map([
      ['alice:1', 'INBOX'],
      ['alice:Archive:1', 'Archive'],
      ['alice:Sent:1', 'Sent'],
    ])
    expect(changedFolders(tabs, new Set(['alice:Archive:1', 'unknown']), where)).toEqual(['Archive'])
    expect(changedFolders(tabs, new Set(['alice:Archive:1', 'alice:Sent:1']), where)).toEqual(['Sent', 'Archive'])
    expect(followFolder('INBOX', ['Archive'])).toBe('Archive')
    expect(followFolder('Archive', ['Sent', 'Archive'])).toBe('Archive')
    expect(followFolder('Sent', [])).toBe('Sent')
    expect(outboundKey(2)).toBe('outbound:2')
  })

  it('says simulated time in minutes and hours, and knows when a lane runs on the clock', () => {
    expect([0, 15, 60, 65].map(formatMinutes)).toEqual(['0 min', '15 min', '1 h', '1 h 5 min'])
    expect(laneUsesClock(imapLane)).toBe(false)
    expect(laneUsesClock(imapFoldersLane)).toBe(true)
    expect(laneUsesClock({ clockMinutes: 0, devices: [{ idling: false, nextCheckAt: 10 }] })).toBe(true)
  })
})
